namespace SilkRoad.Web.Figures;

/// <summary>
/// The catalogue's figures as the home and statistics pages show them. The distributions are the search index's
/// facet counts, keyed as the engine gives them: type slugs (<c>journal-article</c>), language codes, years, and
/// ISO 3166-1 alpha-2 country codes (of what a resource is about and of its contributors' affiliations).
/// </summary>
/// <param name="Total">Resources the index holds: every live resource of the store once it has caught up.</param>
/// <param name="SourceRecords">Source records in the store, merged ones included.</param>
/// <param name="DuplicatesMerged">Source records folded into a resource another record had already created.</param>
/// <param name="Contributors">Distinct contributor names; null until first counted (see <see cref="ContributorCount"/>).</param>
public sealed record PortalFigures(
    long Total,
    IReadOnlyDictionary<string, long> ByType,
    IReadOnlyDictionary<string, long> ByLanguage,
    IReadOnlyDictionary<int, long> ByYear,
    IReadOnlyDictionary<string, long> ByCountry,
    long SourceRecords,
    long DuplicatesMerged,
    long? Contributors)
{
    public long Countries => ByCountry.Count;
}
