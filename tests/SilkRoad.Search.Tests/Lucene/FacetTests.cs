using SilkRoad.Core.ResourceTypes;

namespace SilkRoad.Search.Tests.Lucene;

public sealed class FacetTests
{
    private static readonly string[] AllFacets = [.. FacetNames.All];

    private static async Task<TestIndex> CorpusAsync() => await new TestIndex().AddAsync(
        new IndexedResourceBuilder(1).Titled("Solar panel efficiency").In(2019).Concerning("CN").About("Photovoltaics"),
        new IndexedResourceBuilder(2).Titled("Solar water heating", "en").Titled("太阳能热水", "zh").In(2020).Concerning("CN"),
        new IndexedResourceBuilder(3).Titled("Solar desalination").OfType(ResourceType.Patent).In(2020).Concerning("EG"),
        new IndexedResourceBuilder(4).Titled("Solar roads").OfType(ResourceType.Standard).In(2015).Concerning("RU"),
        new IndexedResourceBuilder(5).Titled("Bridge cables").In(2020).Concerning("CN"));

    private static Dictionary<string, long> Counts(SearchResults results, string facet) =>
        results.Facets.Single(f => f.Name == facet).Values.ToDictionary(v => v.Value, v => v.Count);

    private static SearchRequest Request(string query, params (string Facet, string[] Values)[] filters) => new()
    {
        Query = query,
        Facets = AllFacets,
        Filters = filters.ToDictionary(f => f.Facet, f => (IReadOnlyList<string>)f.Values),
    };

    [Fact]
    public async Task Facets_count_every_match_not_only_the_page()
    {
        using var index = await CorpusAsync();

        var results = await index.SearchAsync(Request("solar") with { PageSize = 1 });

        Assert.Equal(4, results.Total);
        Assert.Single(results.Hits);
        Assert.Equal(new Dictionary<string, long> { ["journal-article"] = 2, ["patent"] = 1, ["standard"] = 1 }, Counts(results, "type"));
        Assert.Equal(2, Counts(results, "year")["2020"]);
        Assert.Equal(2, Counts(results, "country")["CN"]);
        Assert.Equal(1, Counts(results, "language")["zh"]);
        Assert.Equal(4, Counts(results, "language")["en"]);
        Assert.Equal(1, Counts(results, "subject")["Photovoltaics"]);
        Assert.Equal(4, Counts(results, "source")["test"]);
    }

    [Fact]
    public async Task A_resource_without_a_year_counts_under_no_year()
    {
        using var index = await new TestIndex().AddAsync(
            new IndexedResourceBuilder(1).Titled("Tunnel ventilation").In(2018),
            new IndexedResourceBuilder(2).Titled("Tunnel lining"),
            new IndexedResourceBuilder(3).Titled("Tunnel boring").In(2018),
            new IndexedResourceBuilder(4).Titled("Tunnel drainage").In(2021));

        var results = await index.SearchAsync(Request("tunnel"));

        Assert.Equal(4, results.Total);
        Assert.Equal(new Dictionary<string, long> { ["2018"] = 2, ["2021"] = 1 }, Counts(results, "year"));
        Assert.Equal(new Dictionary<string, long> { ["journal-article"] = 4 }, Counts(results, "type"));
    }

    [Fact]
    public async Task Values_selected_in_one_facet_are_alternatives()
    {
        using var index = await CorpusAsync();

        var results = await index.SearchAsync(Request("solar", ("type", ["patent", "standard"])));

        Assert.Equal([3L, 4L], results.Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public async Task A_facet_is_counted_as_if_its_own_selection_were_not_applied()
    {
        using var index = await CorpusAsync();

        var results = await index.SearchAsync(Request("solar", ("type", ["patent"])));

        Assert.Equal(1, results.Total);
        // The type facet still offers the other types with their full counts ...
        Assert.Equal(new Dictionary<string, long> { ["journal-article"] = 2, ["patent"] = 1, ["standard"] = 1 }, Counts(results, "type"));
        Assert.True(results.Facets.Single(f => f.Name == "type").Values.Single(v => v.Value == "patent").Selected);
        // ... while the other facets count only what the selection lets through.
        Assert.Equal(new Dictionary<string, long> { ["EG"] = 1 }, Counts(results, "country"));
    }

    [Fact]
    public async Task Selections_in_different_facets_must_all_hold()
    {
        using var index = await CorpusAsync();

        var results = await index.SearchAsync(Request("solar", ("year", ["2020"]), ("country", ["CN"])));

        Assert.Equal([2L], results.Hits.Select(h => h.Id));
        // Each facet counts under the other one's selection only.
        Assert.Equal(new Dictionary<string, long> { ["2019"] = 1, ["2020"] = 1 }, Counts(results, "year"));
        Assert.Equal(new Dictionary<string, long> { ["CN"] = 1, ["EG"] = 1 }, Counts(results, "country"));
    }

    [Fact]
    public async Task Filters_work_without_a_query()
    {
        using var index = await CorpusAsync();

        var results = await index.SearchAsync(Request("", ("country", ["CN"])));

        Assert.Equal(3, results.Total);
        Assert.Equal(3, Counts(results, "country")["CN"]);
        Assert.Equal(1, Counts(results, "country")["RU"]);
    }

    [Fact]
    public async Task A_year_filter_may_be_a_range()
    {
        using var index = await CorpusAsync();

        var results = await index.SearchAsync(Request("solar", ("year", ["2016..2019"])));

        Assert.Equal([1L], results.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task Filter_values_are_read_like_the_query_syntax()
    {
        using var index = await CorpusAsync();

        var results = await index.SearchAsync(Request("", ("country", ["Egypt"]), ("language", ["EN"])));

        Assert.Equal([3L], results.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task A_selected_value_without_matches_is_still_listed()
    {
        using var index = await CorpusAsync();

        var results = await index.SearchAsync(Request("bridge", ("country", ["EG"])));

        Assert.Equal(0, results.Total);
        var selected = Assert.Single(results.Facets.Single(f => f.Name == "country").Values, v => v.Selected);
        Assert.Equal(("EG", 0L), (selected.Value, selected.Count));
    }

    // Bug: a year filter was kept as ranges only, so the year facet never marked a selected year, and a selected
    // range was not listed at all: neither could be seen or removed.
    [Fact]
    public async Task Selected_years_and_year_ranges_are_listed_as_selected()
    {
        using var index = await CorpusAsync();

        var year = await index.SearchAsync(Request("solar", ("year", ["2020"])));
        var range = await index.SearchAsync(Request("solar", ("year", ["2016..2020"])));

        Assert.Equal([("2020", 2L)], Selected(year, "year"));
        // A range counts the matches of every year inside it.
        Assert.Equal([("2016..2020", 3L)], Selected(range, "year"));
    }

    private static List<(string, long)> Selected(SearchResults results, string facet) =>
        results.Facets.Single(f => f.Name == facet).Values.Where(v => v.Selected).Select(v => (v.Value, v.Count)).ToList();

    [Theory]
    [InlineData("planet", "solar")]
    [InlineData("type", "banana")]
    [InlineData("year", "2020..2010")]
    [InlineData("year", "twenty")]
    [InlineData("country", "Atlantis")]
    public async Task A_bad_filter_is_an_error_naming_it(string facet, string value)
    {
        using var index = await CorpusAsync();

        var results = await index.Index.SearchAsync(Request("solar", (facet, [value])), CancellationToken.None);

        Assert.NotNull(results.Error);
        Assert.Contains(facet == "planet" ? facet : value.Split("..")[0], results.Error.Message, StringComparison.Ordinal);
    }
}
