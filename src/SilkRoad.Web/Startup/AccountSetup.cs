using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SilkRoad.Accounts;
using SilkRoad.Accounts.ApiKeys;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Accounts.Users;
using SilkRoad.Web.Cultures;

namespace SilkRoad.Web.Startup;

/// <summary>
/// Sign-in for the portal: Identity's cookies, the policies, the rate limits. Everything is closed unless it says
/// otherwise: the fallback policy asks for a signed-in user, and each public page or endpoint is marked anonymous.
/// </summary>
internal static class AccountSetup
{
    public const string SessionCookie = "silkroad.session";

    public static IServiceCollection AddAccountPages(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAccounts(configuration).AddSignInManager();
        services.AddScoped<SilkRoad.Accounts.PersonalData.IPersonalDataSource, TrainingPersonalDataSource>();
        services.AddHttpContextAccessor();
        services.AddScoped<Pages.Account.AccountLinks>();
        services.AddScoped<Pages.Account.AccountMails>();
        services.AddSingleton<Pages.Account.AccountMailDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<Pages.Account.AccountMailDispatcher>());
        var authentication = services.AddAuthentication(IdentityConstants.ApplicationScheme).AddApiKeys();
        authentication.AddIdentityCookies();
        var provider = configuration.GetSection(OpenIdConnectProviderOptions.Section).Get<OpenIdConnectProviderOptions>();
        if (!string.IsNullOrWhiteSpace(provider?.Authority)) AddExternalProvider(authentication, provider);
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = SessionCookie;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.Events.OnRedirectToLogin = context => Deny(context.HttpContext, HttpStatusCode.Unauthorized, context.RedirectUri);
            cookie.Events.OnRedirectToAccessDenied = context => Deny(context.HttpContext, HttpStatusCode.Forbidden, null);
        });
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<AccountsOptions>>((validator, accounts) =>
            validator.ValidationInterval = accounts.Value.SecurityStampValidationInterval);
        services.AddAuthorization(options =>
        {
            AccountPolicies.AddTo(options);
            // An endpoint that names neither a policy nor [AllowAnonymous] is for signed-in users only. A request that
            // matches no endpoint at all goes on to its 404, not to the sign-in form.
            options.FallbackPolicy = new AuthorizationPolicyBuilder()
                .RequireAssertion(context => context.Resource is HttpContext { } http && http.GetEndpoint() is null
                    || context.User.Identity?.IsAuthenticated == true)
                .Build();
        });
        services.Configure<RazorPagesOptions>(pages =>
        {
            // The catalogue is public; the account pages say for themselves which of them are.
            pages.Conventions.AllowAnonymousToPage("/Index");
            pages.Conventions.AllowAnonymousToFolder("/Search");
            pages.Conventions.AllowAnonymousToFolder("/Statistics");
            pages.Conventions.AllowAnonymousToFolder("/Resources");
            pages.Conventions.AllowAnonymousToFolder("/Errors");
            pages.Conventions.AllowAnonymousToFolder("/Concepts");
            // Calls for applications and certificate verification are for everyone.
            pages.Conventions.AllowAnonymousToFolder("/Training");
            pages.Conventions.AllowAnonymousToFolder("/Verify");
            pages.Conventions.AuthorizeFolder("/Account/Manage", AccountPolicies.SignedIn);
            pages.Conventions.AuthorizeFolder("/Admin", AccountPolicies.Administration);
        });
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "silkroad.antiforgery";
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section);
        services.AddRateLimiter(_ => { });
        services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>(ConfigureLimits);
        return services;
    }

    private static void AddExternalProvider(AuthenticationBuilder authentication, OpenIdConnectProviderOptions provider) =>
        authentication.AddOpenIdConnect(OpenIdConnectProviderOptions.Scheme, provider.DisplayName, oidc =>
        {
            oidc.Authority = provider.Authority;
            oidc.ClientId = provider.ClientId;
            oidc.ClientSecret = provider.ClientSecret;
            oidc.RequireHttpsMetadata = provider.RequireHttpsMetadata;
            // Identity's external cookie holds the result until ExternalLogin links or creates the account.
            oidc.SignInScheme = IdentityConstants.ExternalScheme;
            oidc.ResponseType = "code";
            oidc.UsePkce = true;
            // The code comes back in the query of a top-level redirect, on which browsers send SameSite=Lax cookies;
            // form_post would need the correlation and nonce cookies to be SameSite=None, which only HTTPS may carry.
            oidc.ResponseMode = "query";
            oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
            oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            oidc.NonceCookie.SameSite = SameSiteMode.Lax;
            oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            oidc.Scope.Add("email");
            oidc.Scope.Add("profile");
            oidc.GetClaimsFromUserInfoEndpoint = false;
        });

    /// <summary>After routing: who is asking, may they, and not too often.</summary>
    public static WebApplication UseAccounts(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }

    // A page answers an anonymous visitor with the sign-in form, in the page's own language; the API answers 401. A
    // signed-in user without the right gets a 403, which the status code pages explain.
    private static Task Deny(HttpContext context, HttpStatusCode status, string? loginRedirect)
    {
        if (loginRedirect is null || context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = (int)status;
            return Task.CompletedTask;
        }
        var culture = PortalCultures.TryFind(Cultures.UrlCultureProvider.FirstSegment(context.Request.Path.Value ?? "/"), out var c)
            ? c : PortalCultures.Default;
        var returnUrl = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
        context.Response.Redirect($"{context.Request.PathBase}/{culture.Code}/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        return Task.CompletedTask;
    }

    private static void ConfigureLimits(Microsoft.AspNetCore.RateLimiting.RateLimiterOptions limiter, IOptions<RateLimitOptions> options)
    {
        var limits = options.Value;
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        // Only the posts count: reading the form, or failing its validation, is free.
        limiter.AddPolicy(RateLimitPolicies.SignIn, context => PostsBy(context, TimeSpan.FromMinutes(1), limits.SignInPerMinute));
        limiter.AddPolicy(RateLimitPolicies.Registration, context => PostsBy(context, TimeSpan.FromHours(1), limits.RegistrationsPerHour));
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            context.Request.Path.StartsWithSegments("/api")
                ? RateLimitPartition.GetFixedWindowLimiter("api " + ClientAddress(context),
                    _ => Window(TimeSpan.FromMinutes(1), limits.ApiPerMinute))
                : RateLimitPartition.GetNoLimiter(""));
    }

    private static RateLimitPartition<string> PostsBy(HttpContext context, TimeSpan window, int permits) =>
        HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(ClientAddress(context), _ => Window(window, permits))
            : RateLimitPartition.GetNoLimiter("");

    private static FixedWindowRateLimiterOptions Window(TimeSpan window, int permits) =>
        new() { Window = window, PermitLimit = permits, QueueLimit = 0 };

    // Behind a reverse proxy this is the proxy's address unless forwarded headers are trusted (ForwardedHeaders).
    private static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
