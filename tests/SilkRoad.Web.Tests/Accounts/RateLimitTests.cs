using System.Net;

namespace SilkRoad.Web.Tests.Accounts;

/// <summary>Too many posts from one address are refused with 429 before they reach the accounts.</summary>
public sealed class RateLimitTests
{
    // A host of its own for each test: the limits count per client address, and every test client has the same one.
    private static AccountsPortal LimitedPortal() => new()
    {
        Settings = new Dictionary<string, string?>
        {
            ["RateLimits:SignInPerMinute"] = "3",
            ["RateLimits:RegistrationsPerHour"] = "2",
            ["RateLimits:ApiPerMinute"] = "4",
        },
    };

    [Fact]
    public async Task SignInAttemptsBeyondTheLimitAreRefusedWhateverTheAccount()
    {
        await using var portal = LimitedPortal();
        using var visitor = portal.NewVisitor();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await visitor.SignInAsync($"person{i}@example.org", "a guessed password");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        // Reading the form is not limited.
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/en/account/login")).StatusCode);
    }

    [Fact]
    public async Task RegistrationsBeyondTheLimitAreRefused()
    {
        await using var portal = LimitedPortal();
        using var visitor = portal.NewVisitor();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await visitor.RegisterAsync($"new{i}@example.org", AccountsPortal.Password);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        var mailed = 0;
        for (var i = 0; i < 3; i++)
            if ((await portal.MailToAsync($"new{i}@example.org")).Count > 0) mailed++;
        Assert.Equal(2, mailed);
    }

    [Fact]
    public async Task ApiRequestsBeyondTheLimitAreRefused()
    {
        await using var portal = LimitedPortal();
        using var visitor = portal.NewVisitor();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await visitor.GetAsync("/api/catalogue/stats");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(4, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(2, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }
}
