namespace SilkRoad.EndToEnd.Tests;

/// <summary>One portal and one browser for every browser test: starting Chromium costs about a second each time.</summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserPortal>
{
    public const string Name = "browser";
}
