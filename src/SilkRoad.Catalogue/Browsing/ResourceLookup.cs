using Microsoft.EntityFrameworkCore;
using SilkRoad.Catalogue.Resources;
using SilkRoad.Catalogue.Storage;

namespace SilkRoad.Catalogue.Browsing;

/// <summary>Reads one resource for display: two primary-key queries (the resource, then its sources by the indexed
/// <c>ResourceId</c>), so it costs the same at any catalogue size.</summary>
public sealed class ResourceLookup(SilkRoadDbContextFactory contexts)
{
    /// <summary>The resource with that id, withdrawn or not; null when no resource ever had it.</summary>
    public async Task<ResourceDetails?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = contexts.Create();
        var row = await context.Resources.AsNoTracking()
            .Where(r => r.Id == id)
            .Select(r => new { r.Document, r.CreatedAt, r.UpdatedAt, r.DeletedAt })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null) return null;

        var sources = await context.ResourceSources.AsNoTracking()
            .Where(s => s.ResourceId == id)
            .OrderBy(s => s.Source).ThenBy(s => s.RecordId)
            .Select(s => new { s.Source, s.RecordId, s.ImportedAt })
            .ToListAsync(cancellationToken);

        return new ResourceDetails(
            id,
            ResourceDocument.FromJson(row.Document),
            sources.Select(s => new ProvenanceEntry(s.Source, s.RecordId, Utc(s.ImportedAt))).ToList(),
            Utc(row.CreatedAt),
            Utc(row.UpdatedAt),
            row.DeletedAt is { } deleted ? Utc(deleted) : null);
    }

    // SQLite hands times back without a kind; the store writes them in UTC on both providers.
    private static DateTime Utc(DateTime time) => DateTime.SpecifyKind(time, DateTimeKind.Utc);
}
