namespace SilkRoad.Search;

/// <summary>The facets every engine counts; the names are also the API's filter parameters.</summary>
public static class FacetNames
{
    public const string Type = "type";
    public const string Language = "language";
    public const string Year = "year";
    public const string Country = "country";
    public const string Subject = "subject";
    public const string Source = "source";

    /// <summary>Thesaurus concepts a resource names in any language (values are concept keys).</summary>
    public const string Concept = "concept";

    public static IReadOnlyList<string> All { get; } = [Type, Language, Year, Country, Subject, Source, Concept];

    public static bool IsKnown(string name) => All.Contains(name, StringComparer.Ordinal);
}
