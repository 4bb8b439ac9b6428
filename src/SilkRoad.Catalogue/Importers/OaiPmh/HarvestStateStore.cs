using Microsoft.EntityFrameworkCore;
using SilkRoad.Catalogue.Storage;

namespace SilkRoad.Catalogue.Importers.OaiPmh;

/// <summary>
/// Keeps where the harvest of one repository, set and metadata format stands (<see cref="HarvestState"/>): the token
/// of the last committed page while a list is in progress, and the datestamp the next incremental harvest starts from.
/// </summary>
public sealed class HarvestStateStore(SilkRoadDbContextFactory contexts, TimeProvider timeProvider)
{
    public HarvestStateStore(SilkRoadDbContextFactory contexts)
        : this(contexts, TimeProvider.System)
    {
    }

    /// <summary>The state's key: the base URL with the metadata prefix and set, as a first ListRecords request names them.</summary>
    public static string KeyFor(OaiPmhHarvestRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return OaiPmhClient.ListRecordsUrl(request with { ResumptionToken = null, From = null }).AbsoluteUri;
    }

    public async Task<HarvestState?> LoadAsync(OaiPmhHarvestRequest request, CancellationToken cancellationToken)
    {
        var key = KeyFor(request);
        await using var context = contexts.Create();
        return await context.HarvestStates.AsNoTracking().SingleOrDefaultAsync(s => s.HarvestKey == key, cancellationToken);
    }

    /// <summary>
    /// The request that carries on from the stored state: the saved token and the list's <c>from</c> when a list was
    /// interrupted; otherwise a new list from the request's own <c>from</c>, else from where the last list completed.
    /// </summary>
    public async Task<OaiPmhHarvestRequest> NextRequestAsync(OaiPmhHarvestRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ResumptionToken is not null) return request;
        var state = await LoadAsync(request, cancellationToken);
        if (state?.ResumptionToken is { } token) return request with { ResumptionToken = token, From = state.ListFrom };
        return request with { From = request.From ?? state?.ListFrom ?? DayOf(state?.CompletedUntil) };
    }

    /// <summary>Records a committed page in its own transaction: see <see cref="StagePageAsync"/>.</summary>
    public async Task SavePageAsync(OaiPmhHarvestRequest request, HarvestPage page, CancellationToken cancellationToken)
    {
        await using var context = contexts.Create();
        await StagePageAsync(context, request, page, cancellationToken);
        await context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Records <paramref name="page"/> in <paramref name="context"/> without saving, so the caller can commit it in the
    /// same transaction as the page's records. A page with a token saves the token and the list's <c>from</c>; the
    /// last page clears them and sets <see cref="HarvestState.CompletedUntil"/> to the list's first responseDate.
    /// </summary>
    public async Task StagePageAsync(SilkRoadDbContext context, OaiPmhHarvestRequest request, HarvestPage page,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(page);
        var state = await FindOrAddAsync(context, request, cancellationToken);
        if (page.ListStartedAt is not null) state.ListStartedAt = page.ListStartedAt;
        if (page.ResumptionToken is { } token)
        {
            state.ResumptionToken = token;
            state.ListFrom = request.From;
        }
        else
        {
            // The list's first responseDate, kept across runs: records changed while it was paged come again next time.
            state.CompletedUntil = state.ListStartedAt ?? request.From ?? state.CompletedUntil;
            state.ResumptionToken = null;
            state.ListFrom = null;
            state.ListStartedAt = null;
        }
        state.UpdatedAt = timeProvider.GetUtcNow().UtcDateTime;
    }

    /// <summary>
    /// Drops the saved token (a repository answered badResumptionToken, e.g. because it expired) but keeps the
    /// list's <c>from</c>, so <see cref="NextRequestAsync"/> starts the same list again.
    /// </summary>
    public async Task AbandonListAsync(OaiPmhHarvestRequest request, CancellationToken cancellationToken)
    {
        await using var context = contexts.Create();
        var state = await FindOrAddAsync(context, request, cancellationToken);
        state.ResumptionToken = null;
        state.UpdatedAt = timeProvider.GetUtcNow().UtcDateTime;
        await context.SaveChangesAsync(cancellationToken);
    }

    // Every repository supports day granularity (OAI-PMH 2.0 §3.3.1), not every one seconds: the next list starts on
    // the day the last one did, and re-reading that day's records changes nothing.
    private static string? DayOf(string? datestamp) => datestamp is { Length: > 10 } ? datestamp[..10] : datestamp;

    private static async Task<HarvestState> FindOrAddAsync(SilkRoadDbContext context, OaiPmhHarvestRequest request,
        CancellationToken cancellationToken)
    {
        var key = KeyFor(request);
        var state = await context.HarvestStates.FindAsync([key], cancellationToken);
        if (state is not null) return state;
        state = new HarvestState { HarvestKey = key };
        context.HarvestStates.Add(state);
        return state;
    }
}
