using SilkRoad.Core.Languages;

namespace SilkRoad.Web.Cultures;

/// <summary>
/// The <c>lang</c> and <c>dir</c> attributes for a piece of text in a stored language code. A working language has
/// its direction from <see cref="Language"/>; any other code leaves it to the browser (<c>dir="auto"</c>); an
/// undetermined language is <c>lang=""</c>, which HTML defines as "unknown".
/// </summary>
public static class TextLanguage
{
    public static string Lang(string code) => code == Language.UndeterminedCode ? "" : code;

    public static string Dir(string code) => Language.TryFind(code, out var language) ? language.Direction.ToHtmlDir() : "auto";
}
