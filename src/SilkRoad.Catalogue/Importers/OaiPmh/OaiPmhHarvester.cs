using System.Runtime.CompilerServices;

namespace SilkRoad.Catalogue.Importers.OaiPmh;

/// <summary>
/// Harvests a ListRecords list page by page, following resumption tokens until the repository says the list is
/// complete. The caller commits each page (and saves its token) before asking for the next.
/// </summary>
public sealed class OaiPmhHarvester(OaiPmhClient client)
{
    public async IAsyncEnumerable<HarvestPage> HarvestAsync(OaiPmhHarvestRequest request,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var resumed = request.ResumptionToken is not null;
        string? listStartedAt = null;
        var next = request;
        while (true)
        {
            var page = await client.ListRecordsAsync(next, cancellationToken);
            if (!resumed) listStartedAt ??= page.ResponseDate;
            yield return page with { ListStartedAt = listStartedAt };

            if (page.ResumptionToken is null) yield break;
            // A repository that hands back the token it was given would keep the harvest asking for one page forever.
            if (page.ResumptionToken == next.ResumptionToken)
            {
                throw new OaiPmhException(OaiPmhException.InvalidResponseCode,
                    $"{request.BaseUrl} answered resumptionToken '{page.ResumptionToken}' with the same token; stopping so the harvest does not loop.");
            }
            next = next with { ResumptionToken = page.ResumptionToken };
        }
    }
}
