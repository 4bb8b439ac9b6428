using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SilkRoad.Accounts.ApiKeys;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Accounts.PersonalData;

namespace SilkRoad.Web.Api;

/// <summary>What machine clients with an API key may ask of the accounts module.</summary>
internal static class AccountsEndpoints
{
    public static void MapAccountsApi(this IEndpointRouteBuilder app)
    {
        // Lets a script check its key before a long job: which key it is and what it may do.
        app.MapGet("/api/accounts/key", Key).RequireAuthorization(AccountPolicies.ApiClient);
        app.MapGet("/api/admin/audit", AuditAsync).RequireAuthorization(AccountPolicies.ApiAdministration);
    }

    /// <summary>The personal-data audit log, newest first, for an administration script (an API key with the admin scope).</summary>
    private static async Task<Ok<IReadOnlyList<AuditLogLine>>> AuditAsync(PersonalDataAuditLog audit, string? subject, int? skip, int? take,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await audit.ReadAsync(subject, Math.Max(0, skip ?? 0), Math.Clamp(take ?? 100, 1, 1000), cancellationToken));

    private static Ok<ApiKeyIdentity> Key(ClaimsPrincipal user) => TypedResults.Ok(new ApiKeyIdentity(
        user.Identity?.Name, user.FindAll(ApiKeyAuthenticationHandler.ScopeClaim).Select(c => c.Value).ToList()));
}
