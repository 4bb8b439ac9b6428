using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.WebEncoders;
using SilkRoad.Web.Cultures;
using SilkRoad.Web.Figures;
using SilkRoad.Web.Pages.Resources;

namespace SilkRoad.Web.Startup;

/// <summary>The portal's pages: cultures in the URL, interface text from resources, friendly error pages.</summary>
internal static class PortalSetup
{
    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RouteOptions>(options => options.ConstraintMap[CultureRouteConstraint.Name] = typeof(CultureRouteConstraint));
        services.AddRazorPages();
        services.AddSingleton<DisplayNames>();
        services.AddSingleton<ContributorCount>();
        services.AddHostedService(sp => sp.GetRequiredService<ContributorCount>());
        services.AddSingleton<PortalFiguresReader>();
        // Razor's encoder writes every character outside Basic Latin as an entity (&#x4E2D;), which makes a Chinese
        // or Arabic page three times its size. All of Unicode may stay as it is; <, >, &, and quotes are still encoded.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // Pages are a few kilobytes of text, and engineers often reach them over slow links. The catalogue's pages hold
        // no secret (their forms are GETs), so compressing them over HTTPS is safe; the account and administration
        // pages carry antiforgery tokens and personal data and are never compressed (BREACH), see UsePortal.
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        return services;
    }

    /// <summary>
    /// Every script of the portal is a file of its own (js/autocomplete.js; the JSON-LD block is data, not script) and
    /// every style is in css/site.css: a page may load nothing else, so an injected script or style attribute does
    /// not run, and nothing is fetched from another site.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplication UsePortal(this WebApplication app)
    {
        // On starting, so that the error pages, whose handlers clear the headers set before, carry it too.
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
                context.Response.Headers.XContentTypeOptions = "nosniff";
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseExceptionHandler("/error/500");
        // The API answers with its own status codes and problem details, not with pages.
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api") && !context.Request.Path.StartsWithSegments("/health"),
            branch => branch.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseWhen(context => !HoldsSecrets(context.Request.Path), branch => branch.UseResponseCompression());
        // Sent over HTTPS only, and not to localhost; behind a proxy that ends TLS, forwarded headers tell the scheme.
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
        app.UseHsts();
        app.UseRequestLocalization(Localization());
        app.UseRouting();
        app.UseAccounts();

        app.MapStaticAssets().AllowAnonymous();
        var open = app.MapGroup("").AllowAnonymous();
        open.MapGet("/", RedirectToCulture);
        open.MapCitations();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }

    private static bool HoldsSecrets(PathString path)
    {
        var segments = (path.Value ?? "").Split('/', 3, StringSplitOptions.RemoveEmptyEntries);
        return segments.Length >= 2 && segments[1] is "account" or "admin";
    }

    private static RequestLocalizationOptions Localization()
    {
        var cultures = PortalCultures.All.Select(c => c.Culture).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(PortalCultures.Default.Culture),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            // zh-CN → zh-Hans → zh; fr-CA → fr.
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
        options.RequestCultureProviders = [new UrlCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        return options;
    }

    // `/` has no culture of its own: the request localization middleware has already chosen one from
    // Accept-Language (English when nothing matches), and the answer varies with that header.
    private static RedirectHttpResult RedirectToCulture(HttpContext context)
    {
        context.Response.Headers.Vary = "Accept-Language";
        return TypedResults.Redirect($"{context.Request.PathBase}/{PortalCultures.Current.Code}/");
    }
}
