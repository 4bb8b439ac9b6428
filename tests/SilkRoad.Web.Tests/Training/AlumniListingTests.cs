using System.Net;
using SilkRoad.Training.Enrolments;
using SilkRoad.Web.Tests.Accounts;

namespace SilkRoad.Web.Tests.Training;

/// <summary>The alumni directory is opt-in: a completer chooses on their own record whether they are listed, and can change their mind.</summary>
public sealed class AlumniListingTests(AccountsPortal portal) : IClassFixture<AccountsPortal>
{
    [Fact]
    public async Task ACompleterListsThemselvesInTheDirectoryAndTakesThemselvesOutAgain()
    {
        var session = await portal.SessionAsync();
        var email = $"alumna{session.Id}@example.org";
        var user = await portal.CreateUserAsync(email, "Trainee");
        var name = $"Nodira Listing{session.Id}";
        await portal.EnrolAsync(session.Id, name, user.Id, EnrolmentStatus.Completed);
        var alumna = await SessionsPortal.SignInAsync(portal, email);
        var search = "/en/alumni?q=" + Uri.EscapeDataString(name);
        var row = $"<span class=\"latin-name\">{name}</span>";

        var before = await alumna.GetHtmlAsync(search);
        var record = await alumna.GetHtmlAsync("/en/my");
        using var optIn = await alumna.PostFormAsync("/en/my", "AlumniListing", [new("listed", "true")]);
        var listed = await alumna.GetHtmlAsync(search);
        var confirmed = await alumna.GetHtmlAsync("/en/my?listed=true");
        using var optOut = await alumna.PostFormAsync("/en/my", "AlumniListing", []);
        var unlisted = await alumna.GetHtmlAsync(search);

        Assert.DoesNotContain(row, before, StringComparison.Ordinal);
        Assert.Contains("List me in the alumni directory", record, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, optIn.StatusCode);
        Assert.Contains(row, listed, StringComparison.Ordinal);
        Assert.Contains("type=\"checkbox\" name=\"listed\" value=\"true\" checked=\"checked\"", confirmed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, optOut.StatusCode);
        Assert.DoesNotContain(row, unlisted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneWithNoTraineeRecordHasNothingToList()
    {
        var email = $"no-record{Guid.NewGuid():N}@example.org";
        await portal.CreateUserAsync(email, "Trainee");
        var person = await SessionsPortal.SignInAsync(portal, email);

        // The record page has no listing form for them: the token comes from their account page.
        var token = SessionsPortal.Token(await person.GetHtmlAsync("/en/account"));
        using var response = await person.PostFormAsync("/en/my", "AlumniListing", [new("listed", "true")], token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
