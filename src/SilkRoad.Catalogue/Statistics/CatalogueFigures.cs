namespace SilkRoad.Catalogue.Statistics;

/// <summary>
/// Headline counts of the catalogue. <see cref="Total"/> is the number of unique resources (withdrawn ones not
/// counted); <see cref="DuplicatesMerged"/> the source records that were folded into a resource another record had
/// already created.
/// </summary>
public sealed record CatalogueFigures(
    long Total,
    IReadOnlyDictionary<string, long> ByType,
    IReadOnlyDictionary<string, long> ByLanguage,
    IReadOnlyDictionary<string, long> BySource,
    long SourceRecords,
    long DuplicatesMerged,
    long Withdrawn);
