using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SilkRoad.Web.Tests.Accounts;

/// <summary>
/// A real OpenID Connect provider (OpenIddict's server, its store in a SQLite file) on a loopback port, for the
/// external sign-in tests. Whoever reaches its authorization endpoint is signed in as <see cref="Person"/>: the tests
/// stand in for the person typing a password at the provider, not for the protocol.
/// </summary>
public sealed class OpenIdProvider : IAsyncDisposable
{
    public const string ClientId = "silkroad-portal";
    public const string ClientSecret = "a secret shared by the portal and the provider";

    private readonly WebApplication _app;
    private readonly string _folder;

    private OpenIdProvider(WebApplication app, string folder)
    {
        _app = app;
        _folder = folder;
    }

    /// <summary>The provider's issuer, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public string Authority { get; private set; } = "";

    /// <summary>Who signs in at the provider: subject, e-mail address, whether the provider verified it.</summary>
    public (string Subject, string Email, bool Verified) Person { get; set; } = ("ext-1", "external@example.org", true);

    public static async Task<OpenIdProvider> StartAsync(string portalRedirectUri)
    {
        var folder = Directory.CreateTempSubdirectory("silkroad-oidc-").FullName;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddDbContext<DbContext>(o => o.UseSqlite($"Data Source={Path.Combine(folder, "provider.db")}").UseOpenIddict());
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<DbContext>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                server.RegisterScopes(Scopes.OpenId, Scopes.Email, Scopes.Profile);
                server.AddEphemeralEncryptionKey().AddEphemeralSigningKey().DisableAccessTokenEncryption();
                server.UseAspNetCore().EnableAuthorizationEndpointPassthrough().DisableTransportSecurityRequirement();
            });
        var app = builder.Build();
        var provider = new OpenIdProvider(app, folder);
        app.MapGet("/connect/authorize", provider.Authorize);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DbContext>().Database.EnsureCreatedAsync();
            await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(new OpenIddictApplicationDescriptor
            {
                ClientId = ClientId,
                ClientSecret = ClientSecret,
                ClientType = ClientTypes.Confidential,
                RedirectUris = { new Uri(portalRedirectUri) },
                Permissions =
                {
                    Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.GrantTypes.AuthorizationCode,
                    Permissions.ResponseTypes.Code, Permissions.Scopes.Email, Permissions.Scopes.Profile,
                },
                Requirements = { Requirements.Features.ProofKeyForCodeExchange },
            });
        }
        await app.StartAsync();
        provider.Authority = app.Urls.Single() + "/";
        return provider;
    }

    private IResult Authorize(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("not an OpenID Connect request");
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, Person.Subject)
            .SetClaim(Claims.Email, Person.Email)
            .SetClaim(Claims.EmailVerified, Person.Verified)
            .SetClaim(Claims.Name, "Person at the provider");
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
