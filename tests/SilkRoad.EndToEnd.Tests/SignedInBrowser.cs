using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SilkRoad.Accounts.Users;

namespace SilkRoad.EndToEnd.Tests;

/// <summary>Pages that need a signed-in person: a new confirmed account with the given roles signs in through the real form first.</summary>
internal static class SignedInBrowser
{
    private const string Password = "correct horse battery";

    private static int _people;

    public static async Task<IPage> OpenAsync(BrowserPortal browser, string path, params string[] roles)
    {
        var email = $"browser{Interlocked.Increment(ref _people)}@example.org";
        await using (var scope = browser.Portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AccountUser>>();
            var user = new AccountUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = DateTimeOffset.UtcNow };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            if (roles.Length > 0) Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
        }
        // The form sends the person straight on to the page asked for: one navigation after signing in, not two.
        var page = await browser.OpenAsync("/en/account/login?returnUrl=" + Uri.EscapeDataString(path));
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(Password);
        await page.Locator("form.account-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        return page;
    }
}
