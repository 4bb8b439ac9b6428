using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SilkRoad.Web.Tests.Api;

public sealed class SearchApiTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private readonly HttpClient _client = portal.Client;

    private async Task<JsonElement> GetAsync(string query) =>
        await _client.GetFromJsonAsync<JsonElement>(new Uri("/api/search?" + query, UriKind.Relative));

    [Fact]
    public async Task A_search_returns_total_hits_facets_and_time()
    {
        var results = await GetAsync("q=photovoltaic&pageSize=5");

        Assert.True(results.GetProperty("total").GetInt64() > 0);
        var hit = results.GetProperty("hits")[0];
        Assert.True(hit.GetProperty("id").GetInt64() > 0);
        Assert.False(string.IsNullOrEmpty(hit.GetProperty("type").GetString()));
        Assert.True(hit.GetProperty("titles")[0].TryGetProperty("language", out _));
        Assert.Contains("<mark>", hit.GetProperty("snippet").GetProperty("html").GetString(), StringComparison.Ordinal);
        var facets = results.GetProperty("facets").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToList();
        Assert.Equal(["type", "language", "year", "country", "subject", "source", "concept"], facets);
        Assert.True(results.GetProperty("tookMs").GetDouble() >= 0);
    }

    [Fact]
    public async Task Filters_repeat_for_several_values_and_mark_them_selected()
    {
        var results = await GetAsync("language=zh&language=ar&pageSize=100");

        var languages = results.GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "language");
        var selected = languages.GetProperty("values").EnumerateArray()
            .Where(v => v.GetProperty("selected").GetBoolean()).Select(v => v.GetProperty("value").GetString()).Order().ToList();
        Assert.Equal(["ar", "zh"], selected);
        Assert.True(results.GetProperty("total").GetInt64() > 0);
    }

    [Theory]
    [InlineData("type=banana", "filter")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("sort=sideways", "sort")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("type=a&type=b&type=c&type=d&type=e&type=f&type=g&type=h&type=i&type=j&type=k&type=l&type=m&type=n&type=o&type=p&type=q&type=r&type=s&type=t&type=u", "type")]
    [InlineData("after=MB9sNQ", "page")] // a cursor with one value where the relevance sort has two
    public async Task Bad_input_is_a_problem_naming_the_parameter(string query, string field)
    {
        using var response = await _client.GetAsync(new Uri("/api/search?" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task An_overlong_query_is_a_problem_not_a_server_error()
    {
        using var response = await _client.GetAsync(new Uri("/api/search?q=" + new string('x', 1200), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Suggestions_complete_what_was_typed()
    {
        var suggestions = await _client.GetFromJsonAsync<JsonElement>(new Uri("/api/search/suggest?q=photo", UriKind.Relative));

        Assert.NotEmpty(suggestions.EnumerateArray());
        Assert.All(suggestions.EnumerateArray(), s => Assert.Contains("photo", s.GetProperty("text").GetString()!, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Related_resources_exclude_the_resource_itself()
    {
        var first = (await GetAsync("q=photovoltaic&pageSize=1")).GetProperty("hits")[0].GetProperty("id").GetInt64();

        var related = await _client.GetFromJsonAsync<JsonElement>(new Uri($"/api/resources/{first}/related", UriKind.Relative));

        Assert.NotEmpty(related.EnumerateArray());
        Assert.DoesNotContain(related.EnumerateArray(), r => r.GetProperty("id").GetInt64() == first);
    }
}
