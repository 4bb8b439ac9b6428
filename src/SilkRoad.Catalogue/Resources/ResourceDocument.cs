using System.Text.Json;
using System.Text.Json.Serialization;
using SilkRoad.Core.Identifiers;
using SilkRoad.Core.ResourceTypes;

namespace SilkRoad.Catalogue.Resources;

/// <summary>
/// The descriptive content of a stored resource: the union of the source records merged into it. Stored as JSON in
/// <c>Resources.Document</c>; the columns beside it (type, year, title, languages) are derived from it.
/// </summary>
public sealed class ResourceDocument
{
    public ResourceType Type { get; set; } = ResourceType.Other;
    public List<LocalizedText> Titles { get; init; } = [];
    public List<LocalizedText> Abstracts { get; init; } = [];
    public List<LocalizedText> Keywords { get; init; } = [];
    public List<Contributor> Contributors { get; init; } = [];
    public string? Publisher { get; set; }
    public int? Year { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public List<Identifier> Identifiers { get; init; } = [];
    public List<string> Subjects { get; init; } = [];
    public List<string> Countries { get; init; } = [];
    public string? Licence { get; set; }

    /// <summary>The title shown in lists: the first one the first source gave.</summary>
    [JsonIgnore]
    public string DisplayTitle => Titles.Count > 0 ? Titles[0].Text : "";

    /// <summary>Every language the titles, abstracts and keywords are in, in a fixed order.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Languages => Titles.Concat(Abstracts).Concat(Keywords)
        .Select(t => t.Language).Distinct().Order(StringComparer.Ordinal).ToList();

    public static ResourceDocument From(ResourceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var document = new ResourceDocument();
        document.Merge(record);
        return document;
    }

    /// <summary>
    /// Folds another source's record in. What the resource already has wins (the first source's title, type and
    /// year stay); what it lacks is added: a title or abstract in a new language, new keywords, identifiers,
    /// subjects and countries. Merging the same record twice changes nothing.
    /// </summary>
    /// <returns>Whether anything changed.</returns>
    public bool Merge(ResourceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Merge(record.Type, record.Titles, record.Abstracts, record.Keywords, record.Contributors, record.Publisher,
            record.Year, record.PublishedOn, record.Identifiers, record.Subjects, record.Countries, record.Licence);
    }

    /// <summary>Folds another source's document in, by the same rules as a record.</summary>
    public bool Merge(ResourceDocument other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Merge(other.Type, other.Titles, other.Abstracts, other.Keywords, other.Contributors, other.Publisher,
            other.Year, other.PublishedOn, other.Identifiers, other.Subjects, other.Countries, other.Licence);
    }

    /// <summary>A copy that shares no list with this one.</summary>
    public ResourceDocument Copy() => FromJson(ToJson());

    /// <summary>
    /// The document several sources make together: the first (in the order given) as it is, the others folded in.
    /// </summary>
    public static ResourceDocument Combine(IEnumerable<ResourceDocument> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var combined = new ResourceDocument();
        foreach (var source in sources) combined.Merge(source);
        return combined;
    }

    private bool Merge(ResourceType type, List<LocalizedText> titles, List<LocalizedText> abstracts,
        List<LocalizedText> keywords, List<Contributor> contributors, string? publisher, int? year, DateOnly? publishedOn,
        List<Identifier> identifiers, List<string> subjects, List<string> countries, string? licence)
    {
        var changed = false;
        if (Type == ResourceType.Other && type != ResourceType.Other) { Type = type; changed = true; }
        changed |= AddOnePerLanguage(Titles, titles);
        changed |= AddOnePerLanguage(Abstracts, abstracts);
        changed |= AddDistinct(Keywords, keywords, KeywordComparer.Instance);
        if (Contributors.Count == 0 && contributors.Count > 0) { Contributors.AddRange(contributors); changed = true; }
        if (Publisher is null && publisher is not null) { Publisher = publisher; changed = true; }
        if (Year is null && year is not null) { Year = year; changed = true; }
        if (PublishedOn is null && publishedOn is not null) { PublishedOn = publishedOn; changed = true; }
        changed |= AddDistinct(Identifiers, identifiers, EqualityComparer<Identifier>.Default);
        changed |= AddDistinct(Subjects, subjects, StringComparer.OrdinalIgnoreCase);
        changed |= AddDistinct(Countries, countries, StringComparer.Ordinal);
        if (Licence is null && licence is not null) { Licence = licence; changed = true; }
        return changed;
    }

    public string ToJson() => JsonSerializer.Serialize(this, ResourceJsonContext.Stored.ResourceDocument);

    public static ResourceDocument FromJson(string json) =>
        JsonSerializer.Deserialize(json, ResourceJsonContext.Stored.ResourceDocument)
        ?? throw new JsonException("A stored resource document is null.");

    private static bool AddOnePerLanguage(List<LocalizedText> existing, List<LocalizedText> incoming)
    {
        var changed = false;
        foreach (var text in incoming)
        {
            if (existing.Exists(e => e.Language == text.Language)) continue;
            existing.Add(text);
            changed = true;
        }
        return changed;
    }

    private static bool AddDistinct<T>(List<T> existing, List<T> incoming, IEqualityComparer<T> comparer)
    {
        var changed = false;
        foreach (var item in incoming)
        {
            if (existing.Contains(item, comparer)) continue;
            existing.Add(item);
            changed = true;
        }
        return changed;
    }

    private sealed class KeywordComparer : IEqualityComparer<LocalizedText>
    {
        public static readonly KeywordComparer Instance = new();

        public bool Equals(LocalizedText? x, LocalizedText? y) =>
            x?.Language == y?.Language && string.Equals(x?.Text, y?.Text, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode(LocalizedText obj) =>
            HashCode.Combine(obj.Language, StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Text));
    }
}
