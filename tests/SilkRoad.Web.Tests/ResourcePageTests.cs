using System.Net;
using System.Text;
using System.Text.Json;
using SilkRoad.Catalogue.Importers.Bibtex;
using SilkRoad.Catalogue.Importers.Ris;
using SilkRoad.Catalogue.Resources;
using SilkRoad.Core.Identifiers;
using SilkRoad.Core.ResourceTypes;

namespace SilkRoad.Web.Tests;

public sealed class ResourcePageTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task AMergedResourceShowsEachTitleAndAbstractInItsOwnLanguageAndDirection()
    {
        // The demo's French report and Arabic report share a DOI, so they are one resource in two languages.
        var id = await fixture.Portal.ResourceIdAsync("10.5555/silkroad.demo.0066");

        var html = WebUtility.HtmlDecode(await fixture.GetHtmlAsync($"/en/resources/{id}"));

        Assert.Matches("<h1 id=\"resource-title\" lang=\"(ar|fr)\" dir=\"(rtl|ltr)\">", html);
        Assert.Contains("lang=\"ar\" dir=\"rtl\">تقييم إمكانات طاقة الرياح في خليج السويس وغرب النيل<", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"fr\" dir=\"ltr\">Évaluation du potentiel éolien du golfe de Suez et de l'ouest du Nil<", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"abstract\" lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"abstract\" lang=\"fr\" dir=\"ltr\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheConceptsTheResourceNamesLinkToTheirPages()
    {
        // The Arabic title names طاقة الرياح, a label of the shipped vocabulary's wind energy.
        var id = await fixture.Portal.ResourceIdAsync("10.5555/silkroad.demo.0066");

        var html = await fixture.GetHtmlAsync($"/en/resources/{id}");

        Assert.Contains("href=\"/en/concepts/wind-energy\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheReadersLanguageTitleComesFirst()
    {
        var id = await fixture.Portal.ResourceIdAsync("10.5555/silkroad.demo.0066");

        var arabic = await fixture.GetHtmlAsync($"/ar/resources/{id}");
        var french = await fixture.GetHtmlAsync($"/fr/resources/{id}");

        Assert.Contains("<h1 id=\"resource-title\" lang=\"ar\" dir=\"rtl\">", arabic, StringComparison.Ordinal);
        Assert.Contains("<h1 id=\"resource-title\" lang=\"fr\" dir=\"ltr\">", french, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowsIdentifiersAsLinksContributorsAndProvenance()
    {
        var record = Record("10.5555/Portal.Test(1)#A", "Seismic isolation of long-span bridges");
        record.Identifiers.Add(Identifier.Create(IdentifierKind.ArxivId, "arXiv:2101.00001")!);
        record.Identifiers.Add(Identifier.Create(IdentifierKind.Url, "https://example.org/report?id=1&lang=en")!);
        record.Contributors.Add(new Contributor("María José Pérez", "Universidad de Chile", "CL", "0000-0002-1825-0097"));
        await fixture.Portal.ImportAsync(record);
        var id = await fixture.Portal.ResourceIdAsync("10.5555/portal.test(1)#a");

        var html = await fixture.GetHtmlAsync($"/es/resources/{id}");

        Assert.Contains("href=\"https://doi.org/10.5555/portal.test%281%29%23a\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://arxiv.org/abs/2101.00001\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/report?id=1&amp;lang=en\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://orcid.org/0000-0002-1825-0097\"", html, StringComparison.Ordinal);
        Assert.Contains("Universidad de Chile", html, StringComparison.Ordinal);
        Assert.Contains("Chile</span>", html, StringComparison.Ordinal);
        Assert.Contains("<bdi>portal-test</bdi>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/es/resources/{id}/cite.bib\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/es/resources/{id}/cite.ris\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheJsonLdDescribesTheResourceAndATitleCannotEndTheScript()
    {
        const string title = "Bridges </script><script>alert(1)</script> & \"tunnels\"";
        await fixture.Portal.ImportAsync(Record("10.5555/portal.jsonld", title));
        var id = await fixture.Portal.ResourceIdAsync("10.5555/portal.jsonld");

        var html = await fixture.GetHtmlAsync($"/zh/resources/{id}");

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(Html.JsonLd(html));
        var root = json.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("ScholarlyArticle", root.GetProperty("@type").GetString());
        Assert.Equal(title, root.GetProperty("name")[0].GetProperty("@value").GetString());
        Assert.Equal("en", root.GetProperty("name")[0].GetProperty("@language").GetString());
        Assert.Equal("https://doi.org/10.5555/portal.jsonld", root.GetProperty("sameAs")[0].GetString());
        Assert.Equal("2021", root.GetProperty("datePublished").GetString());
    }

    [Fact]
    public async Task TheCitationDownloadsReadBackAsTheResource()
    {
        var id = await fixture.Portal.ResourceIdAsync("10.5555/silkroad.demo.0025");

        var bib = await DownloadAsync($"/zh/resources/{id}/cite.bib", "application/x-bibtex");
        var ris = await DownloadAsync($"/zh/resources/{id}/cite.ris", "application/x-research-info-systems");

        var fromBib = await ReadOneAsync(new BibtexReader(), bib);
        var fromRis = await ReadOneAsync(new RisReader(), ris);
        Assert.Equal("中巴经济走廊喀喇昆仑公路高陡边坡稳定性评价与加固技术", fromBib.Titles.Single().Text);
        Assert.Equal(fromBib.Titles.Single().Text, fromRis.Titles.Single().Text);
        Assert.Equal("10.5555/silkroad.demo.0025", fromBib.Identifiers.Single().Value);
        Assert.Equal(fromBib.Identifiers, fromRis.Identifiers);
    }

    [Fact]
    public async Task RelatedResourcesFromTheIndexLinkToTheirPagesWithTitlesInTheirLanguage()
    {
        // The bifacial PV study's neighbours include the photovoltaic standard, which has a Chinese and an English title.
        var id = await fixture.Portal.ResourceIdAsync("10.5555/silkroad.demo.0001");
        var standard = await fixture.Portal.ResourceIdAsync("10.5555/silkroad.demo.0028");

        var chinese = Related(await fixture.GetHtmlAsync($"/zh/resources/{id}"));
        var english = Related(await fixture.GetHtmlAsync($"/en/resources/{id}"));

        Assert.Contains("<h2 id=\"related-title\">相关资源</h2>", chinese, StringComparison.Ordinal);
        Assert.Contains($"href=\"/zh/resources/{standard}\" lang=\"zh\" dir=\"ltr\">光伏发电站智能运维技术规范<", chinese, StringComparison.Ordinal);
        Assert.Contains($"href=\"/en/resources/{standard}\" lang=\"en\" dir=\"ltr\">Technical specification for intelligent operation", english, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/en/resources/{id}\"", english, StringComparison.Ordinal);
        Assert.InRange(System.Text.RegularExpressions.Regex.Count(english, "class=\"hit-title\""), 1, 5);
    }

    [Fact]
    public async Task AnArabicResourceHasRelatedResourcesMarkedByTheirOwnDirection()
    {
        var id = await fixture.Portal.ResourceIdAsync("10.5555/silkroad.demo.0066");

        var related = Related(await fixture.GetHtmlAsync($"/ar/resources/{id}"));

        Assert.Matches("class=\"hit-title\" href=\"/ar/resources/\\d+\" lang=\"(ar|fr|en|zh|ru|es)\" dir=\"(rtl|ltr)\"", related);
        foreach (System.Text.RegularExpressions.Match hit in System.Text.RegularExpressions.Regex.Matches(related, "lang=\"(\\w+)\" dir=\"(\\w+)\""))
            Assert.Equal(hit.Groups[1].Value == "ar" ? "rtl" : "ltr", hit.Groups[2].Value);
    }

    // The related section alone: other parts of the page link to resources too.
    private static string Related(string html)
    {
        var start = html.IndexOf("<section aria-labelledby=\"related-title\">", StringComparison.Ordinal);
        Assert.True(start >= 0, "no related section");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    private static ResourceRecord Record(string doi, string title)
    {
        var record = new ResourceRecord { Source = "portal-test", SourceRecordId = doi, Type = ResourceType.JournalArticle, Year = 2021, Language = "en" };
        record.Titles.Add(new LocalizedText("en", title));
        record.Identifiers.Add(Identifier.Create(IdentifierKind.Doi, doi)!);
        return record;
    }

    private async Task<byte[]> DownloadAsync(string path, string mediaType)
    {
        using var response = await fixture.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task<ResourceRecord> ReadOneAsync(Catalogue.Importers.IRecordReader reader, byte[] file)
    {
        using var stream = new MemoryStream(file);
        var records = new List<ResourceRecord>();
        await foreach (var result in reader.ReadAsync(stream, "download", CancellationToken.None))
        {
            Assert.Null(result.Error);
            records.Add(result.Record!); // not null when Error is null
        }
        return Assert.Single(records);
    }
}
