namespace SilkRoad.Catalogue.Importers.OaiPmh;

/// <summary>
/// A repository answered with an OAI-PMH error (badArgument, badResumptionToken, cannotDisseminateFormat,
/// noSetHierarchy, …; OAI-PMH 2.0 §3.6), or with something that is not a usable OAI-PMH response.
/// </summary>
public sealed class OaiPmhException : Exception
{
    /// <summary>Our code, not the specification's: the response was broken XML or not OAI-PMH at all.</summary>
    public const string InvalidResponseCode = "invalidResponse";

    /// <summary>The token expired or was never issued: the list must start again.</summary>
    public const string BadResumptionTokenCode = "badResumptionToken";

    /// <summary>The one OAI-PMH error that is not a failure: the request was fine and selected nothing.</summary>
    internal const string NoRecordsMatchCode = "noRecordsMatch";

    public OaiPmhException()
        : this(InvalidResponseCode, "The OAI-PMH repository gave no usable response.")
    {
    }

    public OaiPmhException(string message)
        : this(InvalidResponseCode, message)
    {
    }

    public OaiPmhException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = InvalidResponseCode;
    }

    public OaiPmhException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    /// <summary>The OAI-PMH error code, e.g. <c>badResumptionToken</c>, or <see cref="InvalidResponseCode"/>.</summary>
    public string Code { get; }

    internal static string Describe(IReadOnlyList<OaiPmhError> errors) =>
        "the repository answered " + string.Join("; ", errors.Select(e =>
            e.Message.Length == 0 ? e.Code : $"{e.Code}: {e.Message}"));
}
