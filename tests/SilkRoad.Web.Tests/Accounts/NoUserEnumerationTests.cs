namespace SilkRoad.Web.Tests.Accounts;

/// <summary>The forms answer alike for an address with an account and one without, so they reveal no addresses.</summary>
public sealed class NoUserEnumerationTests(AccountsPortal portal) : IClassFixture<AccountsPortal>
{
    private readonly AccountsPortal _portal = portal;

    [Fact]
    public async Task SignInSaysTheSameForAnUnknownAddressAndAWrongPassword()
    {
        await _portal.CreateUserAsync("known@example.org");
        using var visitor = _portal.NewVisitor();

        var unknown = await Answer(await visitor.SignInAsync("nobody@example.org", "some long password"));
        var wrong = await Answer(await visitor.SignInAsync("known@example.org", "some long password"));

        Assert.NotEmpty(unknown);
        Assert.Equal(unknown, wrong);
    }

    [Fact]
    public async Task ResetSaysTheSameForAnUnknownAddressAndMailsOnlyTheKnownOne()
    {
        await _portal.CreateUserAsync("known2@example.org");
        using var visitor = _portal.NewVisitor();

        var unknown = await Answer(await visitor.SubmitAsync("/en/account/forgot-password", new Dictionary<string, string> { ["Email"] = "nobody@example.org" }));
        var known = await Answer(await visitor.SubmitAsync("/en/account/forgot-password", new Dictionary<string, string> { ["Email"] = "known2@example.org" }));

        Assert.Contains("If an account exists", unknown, StringComparison.Ordinal);
        Assert.Equal(unknown, known);
        Assert.Empty(await _portal.MailToAsync("nobody@example.org"));
        Assert.Single(await _portal.MailToAsync("known2@example.org"));
    }

    [Fact]
    public async Task RegistrationSaysTheSameForATakenAddressAndTellsItsOwnerByMail()
    {
        await _portal.CreateUserAsync("taken@example.org");
        using var visitor = _portal.NewVisitor();

        var free = await Answer(await visitor.RegisterAsync("free@example.org", "some long password"));
        var taken = await Answer(await visitor.RegisterAsync("taken@example.org", "some long password"));

        Assert.Equal(free.Replace("free@", "taken@", StringComparison.Ordinal), taken);
        Assert.Contains("already has an account", Assert.Single(await _portal.MailToAsync("taken@example.org")), StringComparison.Ordinal);
    }

    private static async Task<string> Answer(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            return Visitor.Messages(await response.Content.ReadAsStringAsync());
        }
    }
}
