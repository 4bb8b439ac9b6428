using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SilkRoad.Accounts.ApiKeys;
using SilkRoad.Accounts.Authorization;

namespace SilkRoad.Web.Api;

/// <summary>What machine clients with an API key may ask of the accounts module.</summary>
internal static class AccountsEndpoints
{
    public static void MapAccountsApi(this IEndpointRouteBuilder app)
    {
        // Lets a script check its key before a long job: which key it is and what it may do.
        app.MapGet("/api/accounts/key", Key).RequireAuthorization(AccountPolicies.ApiClient);
    }

    private static Ok<ApiKeyIdentity> Key(ClaimsPrincipal user) => TypedResults.Ok(new ApiKeyIdentity(
        user.Identity?.Name, user.FindAll(ApiKeyAuthenticationHandler.ScopeClaim).Select(c => c.Value).ToList()));
}
