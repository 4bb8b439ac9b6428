namespace SilkRoad.Web.Tests;

/// <summary>
/// The portal with a test double answering its searches (<see cref="CannedSearchIndex"/>), for what the demo
/// catalogue cannot produce: a failing engine, a million results, a request to inspect, no related resources.
/// </summary>
public sealed class EngineDoublePortalFixture : PortalFixture
{
    public CannedSearchIndex Search { get; } = new();

    protected override Task<PortalFactory> CreatePortalAsync() => Task.FromResult(new PortalFactory { SearchIndex = Search });
}
