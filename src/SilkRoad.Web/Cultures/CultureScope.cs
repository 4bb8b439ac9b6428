using System.Globalization;

namespace SilkRoad.Web.Cultures;

/// <summary>
/// Switches the thread's culture to another working language until disposed: for text written to someone in their
/// own language (an applicant's mail) or in a session's (an invitation letter), whatever the page's language is.
/// </summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    public CultureScope(string language)
    {
        var culture = PortalCultures.TryFind(language, out var found) ? found : PortalCultures.Default;
        Culture = culture;
        CultureInfo.CurrentCulture = culture.Culture;
        CultureInfo.CurrentUICulture = culture.Culture;
    }

    public PortalCulture Culture { get; }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
