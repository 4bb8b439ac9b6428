using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Training.Reports;
using SilkRoad.Training.Storage;
using SilkRoad.Training.Trainees;
using SilkRoad.Web.Tests.Accounts;

namespace SilkRoad.Web.Tests.Training;

/// <summary>A trainee's training record in their download, and erased with their account — still counted by country.</summary>
public sealed class TrainingPersonalDataTests(SeededAccountsPortal seeded) : IClassFixture<SeededAccountsPortal>
{
    private readonly AccountsPortal _portal = seeded.Portal;

    private async Task<int> LinkDemoTraineeAsync(string userId)
    {
        await using var context = _portal.Services.GetRequiredService<TrainingDbContextFactory>().Create();
        var id = await context.Enrolments.Where(e => context.Certificates.Any(c => c.EnrolmentId == e.Id))
            .Select(e => e.TraineeId).OrderBy(t => t).FirstAsync();
        await context.Trainees.Where(t => t.Id == id).ExecuteUpdateAsync(t => t.SetProperty(x => x.UserId, userId));
        // Through the model, so that they are encrypted as any written by a form.
        var trainee = await context.Trainees.SingleAsync(t => t.Id == id);
        trainee.PassportNumber = "N9876543";
        trainee.Address = "Abay Ave 10\nAlmaty 050000";
        await context.SaveChangesAsync();
        return id;
    }

    [Fact]
    public async Task ThePersonalDataDownloadHoldsTheTrainingRecordDecrypted()
    {
        var email = $"trainee.{Guid.NewGuid():N}@example.org";
        using var me = await _portal.SignedInAsync(email, AccountRoles.Trainee);
        var user = await _portal.InScopeAsync(s => s.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<SilkRoad.Accounts.Users.AccountUser>>().FindByEmailAsync(email));
        var traineeId = await LinkDemoTraineeAsync(user!.Id);
        await using var context = _portal.Services.GetRequiredService<TrainingDbContextFactory>().Create();
        var trainee = await context.Trainees.AsNoTracking().SingleAsync(t => t.Id == traineeId);

        using var response = await me.SubmitAsync("/en/account/personal-data", new Dictionary<string, string>(), "/en/account/personal-data?handler=Download");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var training = document.RootElement.GetProperty("training");
        Assert.Equal(trainee.LatinName, training.GetProperty("latinName").GetString());
        Assert.Equal(trainee.BirthDate!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), training.GetProperty("birthDate").GetString());
        Assert.Equal(trainee.Phone, training.GetProperty("phone").GetString());
        Assert.Equal("N9876543", training.GetProperty("passportNumber").GetString());
        Assert.Equal("Abay Ave 10\nAlmaty 050000", training.GetProperty("address").GetString());
        Assert.NotEqual(0, training.GetProperty("enrolments").GetArrayLength());
        Assert.NotEqual(0, training.GetProperty("certificates").GetArrayLength());
    }

    [Fact]
    public async Task ErasingTheAccountAnonymisesTheTraineeWhoStillCountsInTraineesByCountry()
    {
        var email = $"erase.{Guid.NewGuid():N}@example.org";
        using var me = await _portal.SignedInAsync(email, AccountRoles.Trainee);
        var user = await _portal.InScopeAsync(s => s.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<SilkRoad.Accounts.Users.AccountUser>>().FindByEmailAsync(email));
        var traineeId = await LinkDemoTraineeAsync(user!.Id);
        var reports = _portal.Services.GetRequiredService<TrainingReports>();
        var before = await reports.ComputeAsync(TrainingReportKind.ByCountry, "en", CancellationToken.None);

        using var erased = await me.SubmitAsync("/en/account/personal-data", new Dictionary<string, string> { ["Password"] = AccountsPortal.Password },
            "/en/account/personal-data?handler=Erase");

        await using var context = _portal.Services.GetRequiredService<TrainingDbContextFactory>().Create();
        var trainee = await context.Trainees.AsNoTracking().SingleAsync(t => t.Id == traineeId);
        Assert.Equal(TraineePersonalData.ErasedName, trainee.LatinName);
        Assert.Equal(TraineePersonalData.ErasedName, trainee.NativeName);
        Assert.Null(trainee.BirthDate);
        Assert.Null(trainee.Phone);
        Assert.Null(trainee.PassportNumber);
        Assert.Null(trainee.Address);
        Assert.Null(trainee.Email);
        Assert.Null(trainee.PersonKey);
        Assert.Null(trainee.UserId);
        var after = await reports.ComputeAsync(TrainingReportKind.ByCountry, "en", CancellationToken.None);
        Assert.Equal(before.Rows, after.Rows);
        Assert.Equal(before.Total, after.Total);
    }
}
