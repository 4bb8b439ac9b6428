using SilkRoad.Core.ResourceTypes;

namespace SilkRoad.Catalogue.Importers.OaiPmh;

/// <summary>
/// Reads dc:type. Repositories write OpenAIRE's info:eu-repo/semantics/… vocabulary, prefixed names such as
/// doc-type:article, or DCMI types (Text, Dataset); the last segment of the value names the type.
/// </summary>
internal static class OaiDcTypes
{
    // The eu-repo names ResourceTypeNames does not know (OpenAIRE Guidelines for Literature Repositories, info:eu-repo/semantics).
    private static readonly Dictionary<string, ResourceType> EuRepo = new(StringComparer.OrdinalIgnoreCase)
    {
        ["bachelorThesis"] = ResourceType.Thesis,
        ["masterThesis"] = ResourceType.Thesis,
        ["doctoralThesis"] = ResourceType.Thesis,
        ["bookReview"] = ResourceType.JournalArticle,
        ["contributionToPeriodical"] = ResourceType.JournalArticle,
        ["conferenceObject"] = ResourceType.ConferencePaper,
        ["conferencePoster"] = ResourceType.ConferencePaper,
        ["conferenceProceedings"] = ResourceType.ConferencePaper,
        ["conferenceContribution"] = ResourceType.ConferencePaper,
        ["technicalDocumentation"] = ResourceType.TechnicalReport,
    };

    /// <summary>The first value that names a type we know; DCMI's generic Text and unknown names give Other.</summary>
    public static ResourceType Read(IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            var name = LastSegment(value);
            if (EuRepo.TryGetValue(name, out var known)) return known;
            if (ResourceTypeNames.TryParse(name, out var parsed) && parsed != ResourceType.Other) return parsed.Value;
            if (ResourceTypeNames.TryParse(value, out parsed) && parsed != ResourceType.Other) return parsed.Value;
        }
        return ResourceType.Other;
    }

    private static string LastSegment(string value)
    {
        var cut = value.TrimEnd('/').LastIndexOfAny(['/', ':']);
        return cut < 0 ? value : value[(cut + 1)..];
    }
}
