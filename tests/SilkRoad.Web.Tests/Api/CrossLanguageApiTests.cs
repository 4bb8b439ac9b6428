using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SilkRoad.Web.Tests.Api;

/// <summary>Cross-language search through the API and pages of the real host, on the demo catalogue and the
/// engineering vocabulary shipped with SilkRoad.</summary>
public sealed class CrossLanguageApiTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private readonly HttpClient _client = portal.Client;

    private async Task<JsonElement> SearchAsync(string query) =>
        await _client.GetFromJsonAsync<JsonElement>(new Uri("/api/search?" + query, UriKind.Relative));

    private static List<string> Languages(JsonElement results) =>
        results.GetProperty("hits").EnumerateArray().SelectMany(h => h.GetProperty("titles").EnumerateArray())
            .Select(t => t.GetProperty("language").GetString()!).Distinct().ToList();

    [Fact]
    public async Task A_chinese_query_finds_resources_in_other_languages_and_lists_the_translations_used()
    {
        var translated = await SearchAsync("q=" + Uri.EscapeDataString("海水淡化") + "&lang=zh&pageSize=50");
        var asTyped = await SearchAsync("q=" + Uri.EscapeDataString("海水淡化") + "&lang=zh&crossLanguage=false&pageSize=50");

        Assert.Contains(Languages(translated), l => l is "en" or "fr");
        Assert.True(translated.GetProperty("total").GetInt64() > asTyped.GetProperty("total").GetInt64());
        var expansion = translated.GetProperty("expansions")[0];
        Assert.Equal("zh", expansion.GetProperty("sourceLanguage").GetString());
        Assert.Contains(expansion.GetProperty("translations").EnumerateArray(),
            t => t.GetProperty("language").GetString() == "en" && t.GetProperty("origin").GetString() == "Concept");
        Assert.Equal(0, asTyped.GetProperty("expansions").GetArrayLength());
    }

    [Fact]
    public async Task Translations_can_be_limited_to_some_languages_and_one_dropped()
    {
        var french = await SearchAsync("q=" + Uri.EscapeDataString("海水淡化") + "&languages=fr");
        var translations = french.GetProperty("expansions")[0].GetProperty("translations").EnumerateArray().ToList();
        Assert.All(translations, t => Assert.Equal("fr", t.GetProperty("language").GetString()));

        var first = translations[0];
        var dropped = await SearchAsync("q=" + Uri.EscapeDataString("海水淡化") + "&languages=fr&drop="
            + Uri.EscapeDataString("fr:" + first.GetProperty("text").GetString()));
        Assert.DoesNotContain(dropped.GetProperty("expansions").EnumerateArray().SelectMany(e => e.GetProperty("translations").EnumerateArray()),
            t => t.GetProperty("text").GetString() == first.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("crossLanguage=maybe", "crossLanguage")]
    [InlineData("languages=de", "languages")]
    public async Task Bad_cross_language_parameters_are_a_problem_naming_the_parameter(string query, string field)
    {
        using var response = await _client.GetAsync(new Uri("/api/search?q=dam&" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Concepts_are_a_facet_and_have_a_page_and_an_api_entry()
    {
        var results = await SearchAsync("q=desalination");
        var concepts = results.GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "concept");
        var key = concepts.GetProperty("values")[0].GetProperty("value").GetString()!;

        var concept = await _client.GetFromJsonAsync<JsonElement>(new Uri("/api/concepts/" + key, UriKind.Relative));
        Assert.Equal(6, concept.GetProperty("labels").EnumerateArray().Where(l => l.GetProperty("kind").GetString() == "preferred").Count());
        var page = await _client.GetStringAsync(new Uri("/ar/concepts/" + key, UriKind.Relative));
        Assert.Contains("lang=\"zh\"", page, StringComparison.Ordinal);
        Assert.Contains("class=\"hits\"", page, StringComparison.Ordinal);
        using var missing = await _client.GetAsync(new Uri("/en/concepts/no-such-concept", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var missingApi = await _client.GetAsync(new Uri("/api/concepts/no-such-concept", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missingApi.StatusCode);
    }

    [Fact]
    public async Task A_resource_page_links_the_concepts_the_resource_names()
    {
        var results = await SearchAsync("q=" + Uri.EscapeDataString("\"reverse osmosis desalination\"") + "&crossLanguage=false");
        var id = results.GetProperty("hits")[0].GetProperty("id").GetInt64();

        var page = await _client.GetStringAsync(new Uri($"/zh/resources/{id}", UriKind.Relative));

        Assert.Contains("href=\"/zh/concepts/desalination\"", page, StringComparison.Ordinal);
        Assert.Contains(">海水淡化</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_results_page_shows_the_translations_with_a_link_to_drop_each_and_to_turn_translation_off()
    {
        var page = await _client.GetStringAsync(new Uri("/ru/search?q=" + Uri.EscapeDataString("опреснение морской воды"), UriKind.Relative));

        Assert.Contains("class=\"translations\"", page, StringComparison.Ordinal);
        Assert.Contains("drop=", page, StringComparison.Ordinal);
        Assert.Contains("crossLanguage=false", page, StringComparison.Ordinal);
        Assert.Contains("name=\"languages\"", page, StringComparison.Ordinal);
    }
}
