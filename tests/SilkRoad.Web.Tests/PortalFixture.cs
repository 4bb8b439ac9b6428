namespace SilkRoad.Web.Tests;

/// <summary>
/// One portal with the demo catalogue, indexed by the real search engine before any test runs, shared by the tests
/// of a class.
/// </summary>
public class PortalFixture : IAsyncLifetime
{
    public PortalFactory Portal { get; private set; } = null!; // set in InitializeAsync, before any test runs

    public HttpClient Client { get; private set; } = null!; // likewise

    public static TheoryData<string> Cultures => new() { "zh", "en", "fr", "ru", "es", "ar" };

    protected virtual Task<PortalFactory> CreatePortalAsync() => PortalFactory.SeededAsync();

    public async Task InitializeAsync()
    {
        Portal = await CreatePortalAsync();
        Client = Portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await Portal.WaitUntilIndexedAsync();
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
