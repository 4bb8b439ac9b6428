using System.Net;
using System.Text.RegularExpressions;

namespace SilkRoad.Web.Tests;

public sealed partial class ContentSecurityPolicyTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Theory]
    [InlineData("/en/", HttpStatusCode.OK)]
    [InlineData("/ar/search?q=solar", HttpStatusCode.OK)]
    [InlineData("/zh/resources/{id}", HttpStatusCode.OK)]
    [InlineData("/fr/statistics", HttpStatusCode.OK)]
    [InlineData("/ru/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("/es/search?page=0", HttpStatusCode.BadRequest)]
    public async Task EveryPageForbidsScriptsAndStylesFromAnywhereButItself(string path, HttpStatusCode status)
    {
        var id = await fixture.Portal.ResourceIdAsync("10.5555/silkroad.demo.0028");
        using var response = await fixture.Client.GetAsync(new Uri(path.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, response.StatusCode);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("style-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        // What such a policy would block must not be in the page: inline scripts, event handlers, style attributes.
        Assert.Empty(InlineScriptPattern().Matches(html));
        Assert.DoesNotMatch(@"\son[a-z]+=", html);
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
    }

    // A <script> with neither a src nor the JSON-LD data type runs inline.
    [GeneratedRegex("<script(?![^>]*\\bsrc=)(?![^>]*application/ld\\+json)[^>]*>")]
    private static partial Regex InlineScriptPattern();
}
