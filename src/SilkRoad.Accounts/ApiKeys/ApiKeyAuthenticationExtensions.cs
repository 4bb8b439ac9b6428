using Microsoft.AspNetCore.Authentication;

namespace SilkRoad.Accounts.ApiKeys;

public static class ApiKeyAuthenticationExtensions
{
    /// <summary>The API key scheme. Policies that accept keys name it (<see cref="Authorization.AccountPolicies.ApiClient"/>).</summary>
    public static AuthenticationBuilder AddApiKeys(this AuthenticationBuilder builder) =>
        builder.AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
}
