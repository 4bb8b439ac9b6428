namespace SilkRoad.Catalogue.Importers.OaiPmh;

/// <summary>
/// <c>silkroad harvest</c>: harvests a repository into the store page by page. Each page's records are imported
/// (deduplicated, deletions applied) before its resumption token is saved, so a harvest stopped at any point resumes
/// from the last page it committed, and a page imported twice changes nothing. A completed harvest remembers where
/// the next incremental one starts.
/// </summary>
public sealed class RepositoryHarvester(OaiPmhHarvester harvester, HarvestStateStore states, ResourceImporter importer)
{
    public async Task<HarvestSummary> HarvestAsync(OaiPmhHarvestRequest request, Action<ImportError>? onError,
        IProgress<HarvestSummary>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var next = await states.NextRequestAsync(request, cancellationToken);
        var summary = new HarvestSummary(next.ResumptionToken is not null, next.From);
        try
        {
            await foreach (var page in harvester.HarvestAsync(next, cancellationToken))
            {
                var imported = await importer.ImportAsync(Stream(page.Records), null, request.SourceName, onError, null,
                    cancellationToken);
                await states.SavePageAsync(next, page, cancellationToken);
                summary.Pages++;
                summary.Records.Add(imported);
                summary.CompleteListSize = page.CompleteListSize ?? summary.CompleteListSize;
                progress?.Report(summary);
            }
        }
        catch (OaiPmhException exception) when (exception.Code == OaiPmhException.BadResumptionTokenCode)
        {
            // An expired token: forget it, so the next run starts this list again from its own from.
            await states.AbandonListAsync(next, cancellationToken);
            throw;
        }
        return summary;
    }

    private static async IAsyncEnumerable<ParseResult> Stream(List<ParseResult> records)
    {
        foreach (var record in records) yield return record;
        await Task.CompletedTask;
    }
}
