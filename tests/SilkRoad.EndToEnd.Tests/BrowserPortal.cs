using System.Globalization;
using System.Resources;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SilkRoad.Web.Tests;

namespace SilkRoad.EndToEnd.Tests;

/// <summary>
/// The real portal on Kestrel (a free port) with the demo catalogue indexed by its real search engine, and Debian's
/// Chromium driven by Playwright. The browser is the system's (<c>/usr/bin/chromium</c>, installed by
/// scripts/test.sh): Playwright's own browser download is never used.
/// </summary>
public sealed class BrowserPortal : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly ResourceManager Text = new("SilkRoad.Web.Resources.PortalText", typeof(Web.PortalText).Assembly);

    private IPlaywright? _playwright;

    public PortalFactory Portal { get; private set; } = null!; // set in InitializeAsync, before any test runs

    public IBrowser Browser { get; private set; } = null!; // likewise

    public Uri BaseAddress { get; private set; } = null!; // likewise

    public static TheoryData<string> Cultures => new() { "zh", "en", "fr", "ru", "es", "ar" };

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing. Run the tests through scripts/test.sh, which " +
                "installs Debian's chromium, fonts-noto-cjk and fonts-noto-core when they are absent.");
        }
        // Every signed-in page test signs in through the form: more than the 20 sign-ins a minute one address may make,
        // whose 429 left a test waiting at the sign-in page until it timed out.
        Portal = new PortalFactory { Settings = { ["RateLimits:SignInPerMinute"] = "10000" } };
        Portal.UseKestrel(0);
        Portal.StartServer();
        await Portal.WaitUntilIndexedAsync();
        // Every home page (and its screenshot) shows the contributors, which are counted in the background.
        await Portal.Services.GetRequiredService<Web.Figures.ContributorCount>().WhenCountedAsync();
        var address = Portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.First()
            ?? throw new InvalidOperationException("Kestrel did not report its address.");
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    /// <summary>Opens a page in a fresh browser context (no cookies or cache from other tests).</summary>
    /// <param name="javaScript">False for a browser that runs no script: every page must work without.</param>
    public async Task<IPage> OpenAsync(string path, string? locale = null, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            JavaScriptEnabled = javaScript,
        });
        // A loaded CI machine runs this suite beside the others: waits are generous, nothing here measures speed.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        return page;
    }

    /// <summary>Interface text as the portal shows it in a culture, to find elements by their accessible names.</summary>
    public static string T(string key, string culture) =>
        Text.GetString(key, CultureInfo.GetCultureInfo(culture)) ?? throw new KeyNotFoundException(key);

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (Portal is not null) await Portal.DisposeAsync();
    }
}
