using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Search;

namespace SilkRoad.Web.Figures;

/// <summary>
/// Reads the figures of the home and statistics pages. Counts by type, language, year and country are one match-all
/// search with those facets: the index keeps them as doc values, so this costs a pass over doc values rather than
/// reading and parsing every stored document (which took minutes at millions of resources). Only what the index
/// cannot say comes from the store: source records (two counting queries) and contributors (<see cref="ContributorCount"/>).
/// The figures are kept until the index changes, and then for at most <see cref="MaxAge"/> more, so a big import
/// does not make every page view count again.
/// </summary>
public sealed class PortalFiguresReader(ISearchIndex index, SilkRoadDbContextFactory contexts,
    ContributorCount contributors, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);

    // More values than any facet of these has: every year and every country must be counted, not the most frequent.
    private const int AllValues = 10_000;

    private static readonly string[] Facets = [FacetNames.Type, FacetNames.Language, FacetNames.Year, FacetNames.Country];

    private Cached? _cached;

    public async Task<PortalFigures> ReadAsync(CancellationToken cancellationToken)
    {
        var watermark = index.Watermark;
        var now = time.GetUtcNow();
        // Two readers arriving together on a stale entry may both count; the later simply replaces the earlier.
        if (_cached is not { } cached || (cached.Watermark != watermark && now - cached.At >= MaxAge))
        {
            cached = new Cached(await CountAsync(cancellationToken), watermark, now);
            _cached = cached;
        }
        return cached.Figures with { Contributors = contributors.Current };
    }

    private async Task<PortalFigures> CountAsync(CancellationToken cancellationToken)
    {
        var results = await index.SearchAsync(new SearchRequest
        {
            Facets = Facets,
            FacetSize = AllValues,
            PageSize = 1,
            Highlight = false,
        }, cancellationToken);
        var facets = results.Facets.ToDictionary(f => f.Name, f => (IReadOnlyDictionary<string, long>)f.Values
            .Where(v => v.Count > 0).ToDictionary(v => v.Value, v => v.Count, StringComparer.Ordinal), StringComparer.Ordinal);
        IReadOnlyDictionary<string, long> Facet(string name) => facets.GetValueOrDefault(name) ?? new Dictionary<string, long>();

        var byYear = new Dictionary<int, long>();
        foreach (var (year, count) in Facet(FacetNames.Year))
            if (int.TryParse(year, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) byYear[value] = count;

        await using var context = contexts.Create();
        var sourceRecords = await context.ResourceSources.LongCountAsync(cancellationToken);
        var live = await context.Resources.LongCountAsync(r => r.DeletedAt == null, cancellationToken);

        return new PortalFigures(results.Total, Facet(FacetNames.Type), Facet(FacetNames.Language), byYear,
            Facet(FacetNames.Country), sourceRecords, Math.Max(0, sourceRecords - live), Contributors: null);
    }

    private sealed record Cached(PortalFigures Figures, IndexWatermark Watermark, DateTimeOffset At);
}
