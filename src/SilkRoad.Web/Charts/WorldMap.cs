namespace SilkRoad.Web.Charts;

/// <summary>Counts per country (ISO 3166-1 alpha-2) to draw on the world map. <see cref="Id"/> makes its element ids unique on a page.</summary>
public sealed record WorldMap(string Id, string Title, IReadOnlyDictionary<string, long> Counts);
