using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SilkRoad.Web.Tests;

public sealed class HealthTests
{
    [Fact]
    public async Task AnswersHealthChecks()
    {
        await using var factory = new WebApplicationFactory<Program>();
        using var client = factory.CreateClient();
        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
