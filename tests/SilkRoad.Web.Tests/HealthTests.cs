using System.Net;


namespace SilkRoad.Web.Tests;

public sealed class HealthTests
{
    [Fact]
    public async Task AnswersHealthChecks()
    {
        await using var factory = await PortalFactory.SeededAsync();
        using var client = factory.CreateClient();
        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
