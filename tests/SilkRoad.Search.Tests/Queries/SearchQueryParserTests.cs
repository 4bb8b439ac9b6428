using SilkRoad.Search.Queries;

namespace SilkRoad.Search.Tests.Queries;

public sealed class SearchQueryParserTests
{
    [Fact]
    public void An_empty_query_browses_everything()
    {
        Assert.True(SearchQueryParser.TryParse("  ", out var node, out var error));
        Assert.Null(error);
        Assert.Same(MatchAllNode.Instance, node);
    }
}
