using System.Diagnostics.CodeAnalysis;

namespace SilkRoad.Core.Languages;

/// <summary>
/// One of the languages the service works in. The set is data: the store seeds its <c>Languages</c> table from
/// <see cref="All"/>, and analyzers, UI cultures and text direction are chosen from this value, never by an <c>if</c>.
/// </summary>
public sealed record Language(string Code, string EnglishName, string NativeName, TextDirection Direction)
{
    public static readonly Language Zh = new("zh", "Chinese", "中文", TextDirection.LeftToRight);
    public static readonly Language En = new("en", "English", "English", TextDirection.LeftToRight);
    public static readonly Language Fr = new("fr", "French", "Français", TextDirection.LeftToRight);
    public static readonly Language Ru = new("ru", "Russian", "Русский", TextDirection.LeftToRight);
    public static readonly Language Es = new("es", "Spanish", "Español", TextDirection.LeftToRight);
    public static readonly Language Ar = new("ar", "Arabic", "العربية", TextDirection.RightToLeft);

    /// <summary>The six working languages, in the order UNESCO lists its official languages after Chinese.</summary>
    public static IReadOnlyList<Language> All { get; } = [Zh, En, Fr, Ru, Es, Ar];

    /// <summary>Code stored for text whose language is not known and could not be detected.</summary>
    public const string UndeterminedCode = "und";

    /// <summary>
    /// Finds a working language from a tag as sources write it: <c>en</c>, <c>EN</c>, <c>en-US</c>, <c>zh_Hans</c>,
    /// <c>eng</c>, <c>chi</c>/<c>zho</c> (ISO 639-2), or an English name such as <c>Russian</c>.
    /// </summary>
    public static bool TryFind(string? tag, [NotNullWhen(true)] out Language? language)
    {
        language = null;
        if (string.IsNullOrWhiteSpace(tag)) return false;
        var primary = tag.Trim().Split('-', '_')[0].ToLowerInvariant();
        language = primary switch
        {
            "zh" or "zho" or "chi" or "cmn" or "chinese" => Zh,
            "en" or "eng" or "english" => En,
            "fr" or "fra" or "fre" or "french" => Fr,
            "ru" or "rus" or "russian" => Ru,
            "es" or "spa" or "spanish" => Es,
            "ar" or "ara" or "arabic" => Ar,
            _ => null,
        };
        return language is not null;
    }

    /// <summary>
    /// The ISO 639-1 code for any language tag: a working language maps to its code, any other two-letter tag is kept
    /// lower-cased (a German title stays "de"), anything else becomes <see cref="UndeterminedCode"/>.
    /// </summary>
    public static string NormalizeCode(string? tag)
    {
        if (TryFind(tag, out var language)) return language.Code;
        if (string.IsNullOrWhiteSpace(tag)) return UndeterminedCode;
        var primary = tag.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary.Length == 2 && primary.All(char.IsAsciiLetterLower) ? primary : UndeterminedCode;
    }

    public override string ToString() => Code;
}
