using Microsoft.AspNetCore.Authorization;
using SilkRoad.Accounts.ApiKeys;

namespace SilkRoad.Accounts.Authorization;

/// <summary>
/// The named authorization policies of the service. A page or endpoint names one (<c>[Authorize(Policy =
/// AccountPolicies.ManageProgrammes)]</c>, <c>.RequireAuthorization(AccountPolicies.Administration)</c>) or says it
/// is public (<c>[AllowAnonymous]</c>); the host's test fails for any that does neither. A policy says who may use a
/// kind of page; which records they then see (their programmes, their applications, their own record) is for the
/// module's queries to decide.
/// </summary>
public static class AccountPolicies
{
    /// <summary>Any signed-in person: their own account, their own data.</summary>
    public const string SignedIn = nameof(SignedIn);

    /// <summary>Administrators: users, roles, API keys, the audit log.</summary>
    public const string Administration = nameof(Administration);

    /// <summary>Administrators and programme managers (a manager then sees only the programmes assigned to them).</summary>
    public const string ManageProgrammes = nameof(ManageProgrammes);

    /// <summary>Administrators and instructors: sessions, attendance, assessment.</summary>
    public const string Teach = nameof(Teach);

    /// <summary>Administrators and reviewers (a reviewer then sees only the applications assigned to them).</summary>
    public const string ReviewApplications = nameof(ReviewApplications);

    /// <summary>Administrators and partner coordinators (a coordinator then sees only their institution's nominations).</summary>
    public const string CoordinateNominations = nameof(CoordinateNominations);

    /// <summary>
    /// Who may see personal fields (date of birth, passport number, phone, address) of people other than themselves:
    /// administrators and programme managers. Every such view is written to the audit log.
    /// </summary>
    public const string ViewPersonalData = nameof(ViewPersonalData);

    /// <summary>Trainees: their own record only.</summary>
    public const string Trainee = nameof(Trainee);

    /// <summary>A machine client whose API key has the <c>catalogue:write</c> scope: imports and harvests.</summary>
    public const string CatalogueWrite = nameof(CatalogueWrite);

    /// <summary>A machine client whose API key has the <c>admin</c> scope: administration scripts.</summary>
    public const string ApiAdministration = nameof(ApiAdministration);

    /// <summary>Any machine client with a live API key.</summary>
    public const string ApiClient = nameof(ApiClient);

    public static void AddTo(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(Administration, p => p.RequireRole(AccountRoles.Administrator));
        options.AddPolicy(ManageProgrammes, p => p.RequireRole(AccountRoles.Administrator, AccountRoles.ProgrammeManager));
        options.AddPolicy(Teach, p => p.RequireRole(AccountRoles.Administrator, AccountRoles.Instructor));
        options.AddPolicy(ReviewApplications, p => p.RequireRole(AccountRoles.Administrator, AccountRoles.Reviewer));
        options.AddPolicy(CoordinateNominations, p => p.RequireRole(AccountRoles.Administrator, AccountRoles.PartnerCoordinator));
        options.AddPolicy(ViewPersonalData, p => p.RequireRole(AccountRoles.Administrator, AccountRoles.ProgrammeManager));
        options.AddPolicy(Trainee, p => p.RequireRole(AccountRoles.Trainee));
        options.AddPolicy(ApiClient, p => p.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName).RequireAuthenticatedUser());
        options.AddPolicy(CatalogueWrite, p => p.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
            .RequireClaim(ApiKeyAuthenticationHandler.ScopeClaim, ApiKeyScopes.CatalogueWrite));
        options.AddPolicy(ApiAdministration, p => p.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
            .RequireClaim(ApiKeyAuthenticationHandler.ScopeClaim, ApiKeyScopes.Admin));
    }
}
