namespace SilkRoad.Search.Queries;

/// <summary>The field names a query may use as <c>field:value</c>. Any other <c>word:</c> is plain text.</summary>
public static class QueryFields
{
    public const string Title = "title";
    public const string Abstract = "abstract";
    public const string Keyword = "keyword";
    public const string Author = "author";
    public const string Subject = "subject";
    public const string Doi = "doi";
    public const string Type = "type";
    public const string Language = "language";
    public const string Country = "country";
    public const string Year = "year";
    public const string Source = "source";

    public static IReadOnlyList<string> All { get; } =
        [Title, Abstract, Keyword, Author, Subject, Doi, Type, Language, Country, Year, Source];

    public static bool IsKnown(string name) => All.Contains(name, StringComparer.OrdinalIgnoreCase);
}
