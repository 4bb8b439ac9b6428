using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace SilkRoad.Web.Tests.Accounts;

/// <summary>Every endpoint of the real host says who may use it: it is explicitly public, or it names a policy.</summary>
public sealed class EndpointAuthorizationTests(AccountsPortal portal) : IClassFixture<AccountsPortal>
{
    [Fact]
    public void EveryEndpointIsExplicitlyPublicOrRequiresAPolicy()
    {
        var endpoints = Endpoints();

        var unmarked = endpoints.Where(e => !IsPublic(e) && !NamesAPolicy(e)).Select(Describe).ToList();

        Assert.True(endpoints.Count > 20, $"only {endpoints.Count} endpoints found");
        Assert.True(unmarked.Count == 0, "neither [AllowAnonymous] nor a policy: " + string.Join(", ", unmarked));
    }

    // [AllowAnonymous] wins over any policy beside it, so an endpoint with both would be public by mistake.
    [Fact]
    public void NoEndpointIsBothPublicAndProtected()
    {
        var both = Endpoints().Where(e => IsPublic(e) && NamesAPolicy(e)).Select(Describe).ToList();

        Assert.True(both.Count == 0, "public and protected at once: " + string.Join(", ", both));
    }

    [Theory]
    [InlineData("/{culture:culture}/admin")]
    [InlineData("/{culture:culture}/admin/users")]
    [InlineData("/{culture:culture}/account")]
    [InlineData("/{culture:culture}/account/password")]
    public void TheAccountAndAdministrationPagesAreNotPublic(string route)
    {
        var endpoint = Assert.Single(Endpoints(), e => e.RoutePattern.RawText?.TrimStart('/') == route.TrimStart('/'));

        Assert.False(IsPublic(endpoint));
        Assert.True(NamesAPolicy(endpoint));
    }

    private List<RouteEndpoint> Endpoints()
    {
        using var client = portal.CreateClient(); // the host builds its endpoints when it starts
        return portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
    }

    private static bool IsPublic(Endpoint endpoint) => endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;

    private static bool NamesAPolicy(Endpoint endpoint) =>
        endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Policy) || !string.IsNullOrEmpty(a.Roles))
        || endpoint.Metadata.GetMetadata<AuthorizationPolicy>() is not null;

    private static string Describe(RouteEndpoint endpoint) => $"{endpoint.RoutePattern.RawText} ({endpoint.DisplayName})";
}
