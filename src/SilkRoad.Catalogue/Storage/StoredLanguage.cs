using SilkRoad.Core.Languages;

namespace SilkRoad.Catalogue.Storage;

/// <summary>The <c>Languages</c> table, seeded from <see cref="Language.All"/>.</summary>
public sealed class StoredLanguage
{
    public required string Code { get; set; }
    public required string EnglishName { get; set; }
    public required string NativeName { get; set; }

    /// <summary><c>ltr</c> or <c>rtl</c>.</summary>
    public required string Direction { get; set; }

    public static StoredLanguage From(Language language) => new()
    {
        Code = language.Code,
        EnglishName = language.EnglishName,
        NativeName = language.NativeName,
        Direction = language.Direction == TextDirection.RightToLeft ? "rtl" : "ltr",
    };
}
