using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using SilkRoad.Core.Languages;

namespace SilkRoad.Web.Cultures;

/// <summary>
/// The portal's cultures: one per working language (<see cref="Language.All"/>), so a seventh language needs its
/// resources and nothing here. The culture of the current request is <see cref="Current"/>.
/// </summary>
public static class PortalCultures
{
    public static PortalCulture Default { get; } = Create(Language.En);

    public static IReadOnlyList<PortalCulture> All { get; } =
        Language.All.Select(l => l == Language.En ? Default : Create(l)).ToList();

    /// <summary>The culture the request localization middleware chose for this request.</summary>
    public static PortalCulture Current =>
        TryFind(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, out var culture) ? culture : Default;

    /// <summary>Finds a culture by its URL segment: exactly the language code, lower case.</summary>
    public static bool TryFind(string? code, [NotNullWhen(true)] out PortalCulture? culture)
    {
        culture = All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.Ordinal));
        return culture is not null;
    }

    private static PortalCulture Create(Language language) => new(language, CultureInfo.GetCultureInfo(language.Code));
}
