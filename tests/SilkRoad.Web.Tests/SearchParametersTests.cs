using Microsoft.AspNetCore.Http;
using SilkRoad.Search;
using SilkRoad.Web.Pages.Search;

namespace SilkRoad.Web.Tests;

public sealed class SearchParametersTests
{
    private static SearchParameters Parse(string queryString, out IReadOnlyList<SearchInputError> errors) =>
        SearchParameters.Parse(new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(queryString)), out errors);

    [Theory]
    [InlineData("?q=bridge")]
    [InlineData("?q=%22steel%20bridge%22&type=book&type=thesis&year=2015..2020&sort=newest&page=3")]
    [InlineData("?language=ar&country=EG&subject=Water%2C%20sanitation")]
    [InlineData("?q=%E6%A1%A5%E6%A2%81&page=2&after=abc")]
    public void AnAddressReadsBackAsItWasWritten(string queryString)
    {
        var parameters = Parse(queryString, out var errors);

        Assert.Empty(errors);
        Assert.Equal("/en/search" + queryString, parameters.ToUrl("en"));
    }

    [Fact]
    public void ASubjectWithACommaStaysOneValue()
    {
        var parameters = Parse("?subject=Water%2C%20sanitation", out _);

        Assert.Equal(["Water, sanitation"], parameters.Filters[FacetNames.Subject]);
    }

    [Theory]
    [InlineData("?page=0", "page")]
    [InlineData("?page=501", "page")]
    [InlineData("?page=%2B2", "page")]
    [InlineData("?sort=random", "sort")]
    [InlineData("?sort=2", "sort")]
    public void RefusesWhatIsNotAPageOrASort(string queryString, string field)
    {
        Parse(queryString, out var errors);

        Assert.Equal(field, Assert.Single(errors).Field);
    }

    [Fact]
    public void RefusesAQueryLongerThanTheEngineTakes()
    {
        var parameters = Parse("?q=" + new string('x', SearchRequest.MaxQueryLength + 1), out var errors);

        Assert.Equal(SearchInputProblem.QueryTooLong, Assert.Single(errors).Problem);
        Assert.Equal(SearchRequest.MaxQueryLength, parameters.Query.Length);
    }

    [Fact]
    public void TogglingAValueAddsItOrRemovesItAndGoesBackToTheFirstPage()
    {
        var parameters = Parse("?q=dam&type=book&page=4", out _);

        Assert.Equal("/fr/search?q=dam&type=book&type=thesis", parameters.Toggle("type", "thesis").ToUrl("fr"));
        Assert.Equal("/fr/search?q=dam", parameters.Toggle("type", "book").ToUrl("fr"));
    }
}
