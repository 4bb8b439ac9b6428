using System.Globalization;
using Microsoft.Extensions.Localization;
using SilkRoad.Core.ResourceTypes;
using SilkRoad.Search;
using SilkRoad.Search.Translation;

namespace SilkRoad.Web.Cultures;

/// <summary>
/// Names of the catalogue's codes in the current culture: resource types from the portal's resources, languages and
/// countries from the platform's ICU data (so every ISO code has a name in all six languages without a list of ours).
/// </summary>
public sealed class DisplayNames(IStringLocalizer<PortalText> text, CrossLanguageSources crossLanguage)
{
    public string Type(ResourceType type) => text["Type." + type];

    /// <summary>A type as stored or as a facet gives it (<c>JournalArticle</c>, <c>journal-article</c>); unknown
    /// names are shown as they are.</summary>
    public string Type(string name) => ResourceTypeNames.TryParse(name, out var type) ? Type(type.Value) : name;

    public string Language(string code)
    {
        if (string.IsNullOrWhiteSpace(code) || code == Core.Languages.Language.UndeterminedCode) return text["Language.Undetermined"];
        try
        {
            return Capitalized(CultureInfo.GetCultureInfo(code).DisplayName);
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }

    public string Country(string code)
    {
        // A region's name in a language is the "native name" of that language spoken there: "fr-KZ" → Kazakhstan.
        // The portal's Chinese is simplified, and ICU takes Chinese spoken in Thailand, the United States or Taiwan
        // to be written in traditional characters ("zh-TH" → 泰國): the script is named so that TH is 泰国.
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        try
        {
            return new RegionInfo($"{(language == "zh" ? "zh-Hans" : language)}-{code}").NativeName;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }

    /// <summary>A facet value as a reader should see it: type, language and country codes named, others as they are.</summary>
    public string FacetValue(string facet, string value) => facet switch
    {
        FacetNames.Type => Type(value),
        FacetNames.Language => Language(value),
        FacetNames.Country => Country(value),
        FacetNames.Concept => Concept(value),
        _ => value,
    };

    /// <summary>A thesaurus concept's label in the reader's language (else English, else any); an unknown key as it is.</summary>
    public string Concept(string key) =>
        crossLanguage.Thesaurus.Find(key)?.DisplayLabel(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? key;

    public string Facet(string facet) => text["Facet." + facet];

    // ICU writes language names in lower case in French, Russian and Spanish ("chinois"); in a list they start a line.
    private static string Capitalized(string name) =>
        name.Length == 0 ? name : char.ToUpper(name[0], CultureInfo.CurrentCulture) + name[1..];
}
