using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Accounts.Users;
using SilkRoad.Web.Pages.Account;

namespace SilkRoad.Web.Tests.Accounts;

/// <summary>
/// The real host over an empty store of its own (no demo catalogue: these tests are about people), mail to the outbox
/// of its data folder, rate limits high enough not to interfere unless a test sets them. Intent methods create
/// people and sign them in as a browser would.
/// </summary>
public sealed class AccountsPortal : WebApplicationFactory<Program>
{
    /// <summary>More settings for the host (a test of the rate limits sets low ones).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    public const string Password = "correct horse battery";

    public string DataPath { get; } = PortalFactory.NewDataFolder();

    public string Outbox => Path.Combine(DataPath, "outbox");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("DataPath", DataPath);
        builder.UseSetting("DemoData:SeedWhenEmpty", "false");
        builder.UseSetting("RateLimits:SignInPerMinute", "1000");
        builder.UseSetting("RateLimits:RegistrationsPerHour", "1000");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    /// <summary>A browser of its own: its own cookies, redirects not followed (tests look at them).</summary>
    public Visitor NewVisitor(string baseAddress = "http://localhost") =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(baseAddress) }));

    /// <summary>A confirmed account with <see cref="Password"/> and the given roles, made directly in the store.</summary>
    public async Task<AccountUser> CreateUserAsync(string email, params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AccountUser>>();
        var user = new AccountUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = DateTimeOffset.UtcNow };
        Check(await users.CreateAsync(user, Password));
        if (roles.Length > 0) Check(await users.AddToRolesAsync(user, roles));
        return user;
    }

    /// <summary>A visitor signed in as a new confirmed account with the given roles.</summary>
    public async Task<Visitor> SignedInAsync(string email, params string[] roles)
    {
        await CreateUserAsync(email, roles);
        var visitor = NewVisitor();
        using var response = await visitor.SignInAsync(email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return visitor;
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>The messages sent to an address, oldest first, as their files read, once the account mail queued so far is out.</summary>
    public async Task<IReadOnlyList<string>> MailToAsync(string email)
    {
        await Services.GetRequiredService<AccountMailDispatcher>().WhenSentAsync(CancellationToken.None);
        return Directory.Exists(Outbox)
            ? Directory.GetFiles(Outbox, "*.eml").Order(StringComparer.Ordinal).Select(File.ReadAllText)
                .Where(m => m.Contains($"To: {email}\r\n", StringComparison.Ordinal)).ToList()
            : [];
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        PortalFactory.DeleteData(DataPath);
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
}
