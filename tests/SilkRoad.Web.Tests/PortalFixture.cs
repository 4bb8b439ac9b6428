namespace SilkRoad.Web.Tests;

/// <summary>One portal with the demo catalogue and a canned search engine, shared by the tests of a class.</summary>
public sealed class PortalFixture : IAsyncLifetime
{
    public CannedSearchIndex Search { get; } = new();

    public PortalFactory Portal { get; private set; } = null!; // set in InitializeAsync, before any test runs

    public HttpClient Client { get; private set; } = null!; // likewise

    public static TheoryData<string> Cultures => new() { "zh", "en", "fr", "ru", "es", "ar" };

    public Task InitializeAsync()
    {
        Portal = new PortalFactory { SearchIndex = Search };
        Client = Portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        return Task.CompletedTask;
    }

    public async Task<string> GetHtmlAsync(string path, System.Net.HttpStatusCode expected = System.Net.HttpStatusCode.OK)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{path}: {response.StatusCode}, expected {expected}");
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        return html;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Portal.DisposeAsync();
    }
}
