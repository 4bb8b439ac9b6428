using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Accounts.Users;

namespace SilkRoad.Web.Tests.Accounts;

public sealed class AccountJourneyTests(AccountsPortal portal) : IClassFixture<AccountsPortal>
{
    private readonly AccountsPortal _portal = portal;

    [Fact]
    public async Task SomeoneRegistersConfirmsTheAddressFromTheOutboxAndSignsIn()
    {
        using var visitor = _portal.NewVisitor();

        var html = await (await visitor.RegisterAsync("li.wei@example.cn", AccountsPortal.Password, "李伟", "zh")).Content.ReadAsStringAsync();
        Assert.Contains("li.wei@example.cn", Visitor.Messages(html), StringComparison.Ordinal);

        // Not yet confirmed: the sign-in fails.
        using (var early = await visitor.SignInAsync("li.wei@example.cn", AccountsPortal.Password))
            Assert.Equal(HttpStatusCode.OK, early.StatusCode);

        var mail = Assert.Single(await _portal.MailToAsync("li.wei@example.cn"));
        var link = Mail.LinkIn(mail);
        Assert.StartsWith("/zh/account/confirm?", link, StringComparison.Ordinal);
        Assert.Contains("Content-Type: text/plain; charset=utf-8", mail, StringComparison.Ordinal);
        Assert.Contains("欢迎使用 SilkRoad", mail, StringComparison.Ordinal);

        Assert.Contains("您的地址已确认", Visitor.Messages(await visitor.GetHtmlAsync(link)), StringComparison.Ordinal);

        using var signedIn = await visitor.SignInAsync("li.wei@example.cn", AccountsPortal.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/en/account", signedIn.Headers.Location?.OriginalString);
        var account = await visitor.GetHtmlAsync("/en/account");
        Assert.Contains("li.wei@example.cn", account, StringComparison.Ordinal);
        Assert.Contains("李伟", account, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AForgottenPasswordIsReplacedThroughTheMailedLinkWhichWorksOnce()
    {
        await _portal.CreateUserAsync("amina@example.org");
        using var visitor = _portal.NewVisitor();

        using (await visitor.SubmitAsync("/ar/account/forgot-password", new Dictionary<string, string> { ["Email"] = "amina@example.org" })) { }
        var link = Mail.LinkIn(Assert.Single(await _portal.MailToAsync("amina@example.org")));
        Assert.StartsWith("/ar/account/reset-password?", link, StringComparison.Ordinal);

        var fields = new Dictionary<string, string> { ["Password"] = "a brand new passphrase", ["ConfirmPassword"] = "a brand new passphrase" };
        var done = await (await visitor.SubmitAsync(link, fields)).Content.ReadAsStringAsync();
        Assert.Contains("تم حفظ كلمة المرور", Visitor.Messages(done), StringComparison.Ordinal);
        var again = await (await visitor.SubmitAsync(link, fields)).Content.ReadAsStringAsync();
        Assert.Contains("هذا الرابط غير صالح", Visitor.Messages(again), StringComparison.Ordinal);

        using var signedIn = await visitor.SignInAsync("amina@example.org", "a brand new passphrase");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task SigningOutEndsTheSession()
    {
        using var visitor = await _portal.SignedInAsync("out@example.org");

        using (var signedOut = await visitor.SubmitAsync("/en/account", new Dictionary<string, string>(), "/en/account/logout"))
            Assert.Equal("/en/", signedOut.Headers.Location?.OriginalString);

        using var after = await visitor.GetAsync("/en/account");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task ChangingThePasswordEndsEveryOtherSessionButNotThisOne()
    {
        using var laptop = await _portal.SignedInAsync("wei@example.cn");
        using var phone = _portal.NewVisitor();
        using (await phone.SignInAsync("wei@example.cn", AccountsPortal.Password)) { }
        Assert.Contains("wei@example.cn", await phone.GetHtmlAsync("/en/account"), StringComparison.Ordinal);

        var changed = await (await laptop.SubmitAsync("/en/account/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = AccountsPortal.Password,
            ["Password"] = "another long passphrase",
            ["ConfirmPassword"] = "another long passphrase",
        })).Content.ReadAsStringAsync();
        Assert.Contains("Your password is changed", Visitor.Messages(changed), StringComparison.Ordinal);

        using var phoneAfter = await phone.GetAsync("/en/account");
        Assert.Equal(HttpStatusCode.Redirect, phoneAfter.StatusCode);
        Assert.StartsWith("/en/account/login", phoneAfter.Headers.Location?.OriginalString, StringComparison.Ordinal);
        using var laptopAfter = await laptop.GetAsync("/en/account");
        Assert.Equal(HttpStatusCode.OK, laptopAfter.StatusCode);
    }

    [Fact]
    public async Task AnAnonymousVisitorIsSentToSignInInThePagesLanguageAndBackAfterwards()
    {
        await _portal.CreateUserAsync("back@example.org");
        using var visitor = _portal.NewVisitor();

        using var denied = await visitor.GetAsync("/fr/account/password");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        var login = denied.Headers.Location!.OriginalString;
        Assert.Equal("/fr/account/login?returnUrl=%2Ffr%2Faccount%2Fpassword", login);

        using var signedIn = await visitor.SubmitAsync(login, new Dictionary<string, string>
        {
            ["Email"] = "back@example.org",
            ["Password"] = AccountsPortal.Password,
            ["ReturnUrl"] = "/fr/account/password",
        });
        Assert.Equal("/fr/account/password", signedIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AReturnAddressOnAnotherSiteIsIgnored()
    {
        await _portal.CreateUserAsync("phish@example.org");
        using var visitor = _portal.NewVisitor();

        using var signedIn = await visitor.SubmitAsync("/en/account/login", new Dictionary<string, string>
        {
            ["Email"] = "phish@example.org",
            ["Password"] = AccountsPortal.Password,
            ["ReturnUrl"] = "https://evil.example.com/",
        });
        Assert.Equal("/en/account", signedIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task RepeatedWrongPasswordsLockTheAccountEvenAgainstTheRightOne()
    {
        await _portal.CreateUserAsync("target@example.org");
        using var attacker = _portal.NewVisitor();

        for (var i = 0; i < 5; i++)
        {
            using (await attacker.SignInAsync("target@example.org", $"guess number {i}")) { }
        }
        using var right = await attacker.SignInAsync("target@example.org", AccountsPortal.Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.True(await _portal.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AccountUser>>();
            return await users.IsLockedOutAsync((await users.FindByEmailAsync("target@example.org"))!);
        }));
    }
}
