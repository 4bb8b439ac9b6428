using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace SilkRoad.Core.Countries;

/// <summary>
/// ISO 3166-1 alpha-2 country codes, read from what sources write: <c>CN</c>, <c>chn</c>, <c>China</c>.
/// Built from the platform's ICU region data, so there is no list of our own to keep up to date.
/// </summary>
public static class CountryCodes
{
    private static readonly Lazy<Dictionary<string, string>> Lookup = new(Build);

    public static bool TryNormalize(string? text, [NotNullWhen(true)] out string? code)
    {
        code = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        return Lookup.Value.TryGetValue(text.Trim(), out code);
    }

    private static Dictionary<string, string> Build()
    {
        var lookup = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo region;
            try
            {
                region = new RegionInfo(culture.Name);
            }
            catch (ArgumentException)
            {
                continue;
            }
            var code = region.TwoLetterISORegionName.ToUpperInvariant();
            if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper)) continue;
            lookup.TryAdd(code, code);
            lookup.TryAdd(region.ThreeLetterISORegionName, code);
            lookup.TryAdd(region.EnglishName, code);
        }
        return lookup;
    }
}
