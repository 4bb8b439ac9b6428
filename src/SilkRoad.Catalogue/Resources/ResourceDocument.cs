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
        var changed = false;
        if (Type == ResourceType.Other && record.Type != ResourceType.Other) { Type = record.Type; changed = true; }
        changed |= AddOnePerLanguage(Titles, record.Titles);
        changed |= AddOnePerLanguage(Abstracts, record.Abstracts);
        changed |= AddDistinct(Keywords, record.Keywords, KeywordComparer.Instance);
        if (Contributors.Count == 0 && record.Contributors.Count > 0) { Contributors.AddRange(record.Contributors); changed = true; }
        if (Publisher is null && record.Publisher is not null) { Publisher = record.Publisher; changed = true; }
        if (Year is null && record.Year is not null) { Year = record.Year; changed = true; }
        if (PublishedOn is null && record.PublishedOn is not null) { PublishedOn = record.PublishedOn; changed = true; }
        changed |= AddDistinct(Identifiers, record.Identifiers, EqualityComparer<Identifier>.Default);
        changed |= AddDistinct(Subjects, record.Subjects, StringComparer.OrdinalIgnoreCase);
        changed |= AddDistinct(Countries, record.Countries, StringComparer.Ordinal);
        if (Licence is null && record.Licence is not null) { Licence = record.Licence; changed = true; }
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
