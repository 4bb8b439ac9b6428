using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace SilkRoad.Web.Tests;

public sealed partial class PageSizeTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    // Issue 4: under 150 KB transferred for a results page, for engineers on slow links.
    private const int Budget = 150 * 1024;

    [Theory]
    [InlineData("/ar/search?q=bridge")]
    [InlineData("/zh/statistics")]
    [InlineData("/ru/resources/{id}")]
    public async Task APageAndItsStylesheetTransferUnderTheBudget(string path)
    {
        var id = await fixture.Portal.ResourceIdAsync("10.5555/silkroad.demo.0066");

        var page = await CompressedSizeAsync(path.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var html = await fixture.Client.GetStringAsync(new Uri(path.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), UriKind.Relative));
        var stylesheet = await CompressedSizeAsync(StylesheetPattern().Match(html).Groups[1].Value);

        Assert.True(page + stylesheet < Budget, $"{path}: {page} + {stylesheet} bytes");
        Assert.DoesNotContain("<script src", html, StringComparison.Ordinal);
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
}
