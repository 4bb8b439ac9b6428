using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace SilkRoad.Web.Tests;

public sealed partial class PageSizeTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    // Issue 4: under 150 KB transferred for a results page, for engineers on slow links.
    private const int Budget = 150 * 1024;

    [Theory]
    [InlineData("/ar/search?q=solar%20OR%20water%20OR%20bridge%20OR%20railway%20OR%20energy")]
    [InlineData("/zh/search")]
    [InlineData("/zh/statistics")]
    [InlineData("/ru/resources/{id}")]
    public async Task APageWithItsStylesheetAndScriptTransfersUnderTheBudget(string path)
    {
        var id = await fixture.Portal.ResourceIdAsync("10.5555/silkroad.demo.0066");
        path = path.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var page = await CompressedSizeAsync(path);
        var html = await fixture.Client.GetStringAsync(new Uri(path, UriKind.Relative));
        var stylesheet = await CompressedSizeAsync(StylesheetPattern().Match(html).Groups[1].Value);
        var scripts = ScriptPattern().Matches(html).Select(m => m.Groups[1].Value).ToList();
        var script = 0L;
        foreach (var src in scripts) script += await CompressedSizeAsync(src);

        Assert.Equal(["/js/autocomplete"], scripts.Select(s => s[..s.IndexOf('.', StringComparison.Ordinal)]));
        Assert.True(page + stylesheet + script < Budget, $"{path}: {page} + {stylesheet} + {script} bytes");
    }

    private async Task<long> CompressedSizeAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var response = await fixture.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        Assert.NotEmpty(response.Content.Headers.ContentEncoding);
        return (await response.Content.ReadAsByteArrayAsync()).LongLength;
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\">")]
    private static partial Regex StylesheetPattern();

    [GeneratedRegex("<script src=\"([^\"]+)\"")]
    private static partial Regex ScriptPattern();
}
