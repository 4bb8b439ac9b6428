using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using SilkRoad.Core.Countries;
using SilkRoad.Core.Languages;
using SilkRoad.Core.ResourceTypes;

namespace SilkRoad.Catalogue.Importers.OpenAlex;

/// <summary>
/// Reads the coded values of a work (country and language codes, type names, dates) straight from the UTF-8 bytes:
/// they repeat in every work, so mapping them through a string each time would be most of a work's garbage.
/// </summary>
internal static class OpenAlexCodes
{
    private const int Letters = 26;

    // Every two-letter pair, mapped once through the shared rules: "cn", "CN" → "CN"; "zz" → null.
    private static readonly string?[] CountryPairs = MapPairs(pair => CountryCodes.TryNormalize(pair, out var code) ? code : null);
    private static readonly string?[] LanguagePairs = MapPairs(pair => Language.NormalizeCode(pair) is var code
        && code != Language.UndeterminedCode ? code : null);

    // OpenAlex's type names (docs: Work object, "type"), so that the common ones are found without a string.
    private static readonly (byte[] Name, ResourceType Type)[] KnownTypes =
    [
        .. new[]
        {
            "article", "book-chapter", "preprint", "review", "dissertation", "book", "dataset", "report", "standard",
            "paratext", "letter", "editorial", "erratum", "reference-entry", "peer-review", "libguides", "other",
            "supplementary-material", "retraction", "grant",
        }.Select(name => (Encoding.UTF8.GetBytes(name), MapType(name))),
    ];

    private static readonly ConcurrentDictionary<string, ResourceType> OtherTypes = new(StringComparer.Ordinal);

    /// <summary>Reads a country code value; null when it is not a country.</summary>
    public static string? ReadCountry(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String) return null;
        if (!reader.ValueIsEscaped && PairIndex(reader.ValueSpan) is var index and >= 0) return CountryPairs[index];
        return CountryCodes.TryNormalize(reader.GetString(), out var code) ? code : null;
    }

    /// <summary>Reads the value after the property name the reader is on as a language code, or null.</summary>
    public static string? ReadLanguage(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            return null;
        }
        if (!reader.ValueIsEscaped && PairIndex(reader.ValueSpan) is var index and >= 0) return LanguagePairs[index];
        return Language.NormalizeCode(reader.GetString()) is var code && code != Language.UndeterminedCode ? code : null;
    }

    /// <summary>Reads the value after the property name the reader is on as a work type; unknown names are Other.</summary>
    public static ResourceType? ReadType(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            return null;
        }
        if (!reader.ValueIsEscaped)
        {
            foreach (var (name, type) in KnownTypes)
            {
                if (reader.ValueSpan.SequenceEqual(name)) return type;
            }
        }
        var text = reader.GetString() ?? "";
        if (OtherTypes.TryGetValue(text, out var known)) return known;
        var mapped = MapType(text);
        if (OtherTypes.Count < 256) OtherTypes.TryAdd(text, mapped); // a hostile file cannot grow it without bound
        return mapped;
    }

    /// <summary>Reads a <c>yyyy-MM-dd</c> value after the property name the reader is on; null when it is not a date.</summary>
    public static DateOnly? ReadDate(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            return null;
        }
        var text = reader.ValueSpan;
        if (reader.ValueIsEscaped || text.Length != 10 || text[4] != '-' || text[7] != '-') return null;
        if (!TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day))
            return null;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            if (!char.IsAsciiDigit((char)digit)) return false;
            value = value * 10 + digit - '0';
        }
        return true;
    }

    private static ResourceType MapType(string name) =>
        ResourceTypeNames.TryParse(name, out var type) ? type.Value : ResourceType.Other;

    private static int PairIndex(ReadOnlySpan<byte> value)
    {
        if (value.Length != 2) return -1;
        var first = value[0] | 0x20; // ASCII lower case
        var second = value[1] | 0x20;
        if (first is < 'a' or > 'z' || second is < 'a' or > 'z') return -1;
        return (first - 'a') * Letters + second - 'a';
    }

    private static string?[] MapPairs(Func<string, string?> map)
    {
        var pairs = new string?[Letters * Letters];
        Span<char> pair = stackalloc char[2];
        for (var i = 0; i < pairs.Length; i++)
        {
            pair[0] = (char)('a' + i / Letters);
            pair[1] = (char)('a' + i % Letters);
            pairs[i] = map(pair.ToString());
        }
        return pairs;
    }
}
