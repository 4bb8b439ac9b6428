using SilkRoad.Core.PersonalData;

namespace SilkRoad.Training.Storage;

// `dotnet ef migrations add` builds the model without a host: the converters need a protector to exist, never to run.
internal sealed class DesignTimeProtector : IPersonalDataProtector
{
    public string Protect(string plaintext) => throw new InvalidOperationException("no personal data is written at design time");

    public string Unprotect(string protectedText) => throw new InvalidOperationException("no personal data is read at design time");

    public string Fingerprint(string value) => throw new InvalidOperationException("no personal data is written at design time");
}
