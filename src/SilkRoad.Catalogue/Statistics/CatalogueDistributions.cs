namespace SilkRoad.Catalogue.Statistics;

/// <summary>
/// How the live resources spread over years and countries, and how many distinct countries and contributors they
/// name. <see cref="ByCountry"/> is keyed by ISO 3166-1 alpha-2 code; a resource about two countries counts for both.
/// <see cref="Contributors"/> counts names as written (case folded): the same person spelt two ways counts twice.
/// </summary>
public sealed record CatalogueDistributions(
    IReadOnlyDictionary<int, long> ByYear,
    IReadOnlyDictionary<string, long> ByCountry,
    long Contributors)
{
    public long Countries => ByCountry.Count;
}
