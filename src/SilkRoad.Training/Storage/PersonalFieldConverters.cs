using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SilkRoad.Core.PersonalData;

namespace SilkRoad.Training.Storage;

/// <summary>
/// How a trainee's personal fields are stored: date of birth, phone, passport or ID number and address encrypted (a different ciphertext
/// on every write, so they cannot be searched or compared in SQL), the person key — name, date of birth and country,
/// to find a person again — as a keyed fingerprint, compared but never read back.
/// </summary>
internal static class PersonalFieldConverters
{
    private const string DateFormat = "yyyy-MM-dd";

    public static ValueConverter<DateOnly, string> Date(IPersonalDataProtector protector) => new(
        date => protector.Protect(date.ToString(DateFormat, CultureInfo.InvariantCulture)),
        stored => DateOnly.ParseExact(protector.Unprotect(stored), DateFormat, CultureInfo.InvariantCulture));

    // Untyped: the properties are nullable strings, and EF never passes a null to a converter.
    public static ValueConverter Text(IPersonalDataProtector protector) => new ValueConverter<string, string>(
        text => protector.Protect(text),
        stored => protector.Unprotect(stored));

    public static ValueConverter Fingerprint(IPersonalDataProtector protector) => new ValueConverter<string, string>(
        key => protector.Fingerprint(key),
        stored => stored);

    /// <summary>The stored form of a date of birth, for writers that bypass the model (the demo seed's bulk insert).</summary>
    public static string? StoredDate(IPersonalDataProtector protector, DateOnly? date) =>
        date is { } d ? protector.Protect(d.ToString(DateFormat, CultureInfo.InvariantCulture)) : null;
}
