using Microsoft.EntityFrameworkCore;
using SilkRoad.Catalogue.Resources;
using SilkRoad.Catalogue.Storage;

namespace SilkRoad.Catalogue.Statistics;

/// <summary>Counts over the whole store. Each figure is one aggregate query; the search index answers faceted counts.</summary>
public sealed class CatalogueStatistics(SilkRoadDbContextFactory contexts)
{
    public async Task<CatalogueFigures> ComputeAsync(CancellationToken cancellationToken)
    {
        await using var context = contexts.Create();
        var live = context.Resources.Where(r => r.DeletedAt == null);
        var total = await live.LongCountAsync(cancellationToken);
        var withdrawn = await context.Resources.LongCountAsync(r => r.DeletedAt != null, cancellationToken);
        var byType = await live.GroupBy(r => r.Type)
            .Select(g => new { g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var bySource = await context.ResourceSources.GroupBy(s => s.Source)
            .Select(g => new { g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var sourceRecords = bySource.Values.Sum();

        // Languages is a space-separated list ("en zh"): padding it with spaces makes each code a whole-word match.
        var byLanguage = new Dictionary<string, long>();
        foreach (var code in await context.Languages.Select(l => l.Code).ToListAsync(cancellationToken))
        {
            var pattern = $"% {code} %";
            byLanguage[code] = await live.LongCountAsync(r => EF.Functions.Like(" " + r.Languages + " ", pattern), cancellationToken);
        }

        return new CatalogueFigures(total, byType, byLanguage, bySource, sourceRecords,
            Math.Max(0, sourceRecords - total), withdrawn);
    }

    /// <summary>
    /// Resources by year and by country, and the distinct contributors. The year is a column (one aggregate query);
    /// countries and contributors live only in the documents, so this reads and parses every live document once. Its
    /// cost grows with the catalogue: fine at demo scale, far too slow for millions of resources, where the search
    /// index's country facet and an experts table are meant to answer instead.
    /// </summary>
    public async Task<CatalogueDistributions> ComputeDistributionsAsync(CancellationToken cancellationToken)
    {
        await using var context = contexts.Create();
        var live = context.Resources.AsNoTracking().Where(r => r.DeletedAt == null);
        var byYear = await live.Where(r => r.Year != null).GroupBy(r => r.Year!.Value)
            .Select(g => new { g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        var byCountry = new Dictionary<string, long>(StringComparer.Ordinal);
        var contributors = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await foreach (var json in live.Select(r => r.Document).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var document = ResourceDocument.FromJson(json);
            foreach (var country in document.Countries.Distinct(StringComparer.Ordinal))
                byCountry[country] = byCountry.GetValueOrDefault(country) + 1;
            foreach (var contributor in document.Contributors) contributors.Add(contributor.Name);
        }
        return new CatalogueDistributions(byYear, byCountry, contributors.Count);
    }
}
