using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Accounts.PersonalData;
using SilkRoad.Accounts.Users;
using SilkRoad.Catalogue.Storage;

namespace SilkRoad.Accounts.Tests.PersonalData;

public sealed class AuditAndErasureTests
{
    [Theory]
    [MemberData(nameof(AccountsHost.Providers), MemberType = typeof(AccountsHost))]
    public async Task TheAuditLogNamesWhoSawWhoseFieldsNewestFirst(StorageProvider provider)
    {
        await using var host = await AccountsHost.StartAsync(provider);
        var manager = await CreateAsync(host, "manager@example.org", AccountRoles.ProgrammeManager);
        var trainee = await CreateAsync(host, "trainee@example.org", AccountRoles.Trainee);
        var other = await CreateAsync(host, "other@example.org", AccountRoles.Trainee);
        var audit = host.Services.GetRequiredService<PersonalDataAuditLog>();

        await audit.RecordAsync(new PersonalDataAccess(manager.Id, PersonalDataActions.Viewed, trainee.Id, ["passport", "dateOfBirth"]), CancellationToken.None);
        await audit.RecordAsync(new PersonalDataAccess(manager.Id, PersonalDataActions.Viewed, other.Id, ["phone"]), CancellationToken.None);
        await audit.RecordAsync(new PersonalDataAccess("apikey:7", PersonalDataActions.Exported, trainee.Id, ["address"]), CancellationToken.None);

        var all = await audit.ReadAsync(null, 0, 10, CancellationToken.None);
        Assert.Equal(["apikey:7", manager.Id, manager.Id], all.Select(l => l.ActorId));
        var aboutTrainee = await audit.ReadAsync(trainee.Id, 0, 10, CancellationToken.None);
        Assert.Equal(2, aboutTrainee.Count);
        var viewed = aboutTrainee[1];
        Assert.Equal("manager@example.org", viewed.Actor);
        Assert.Equal("trainee@example.org", viewed.Subject);
        Assert.Equal(["passport", "dateOfBirth"], viewed.Fields);
        Assert.Null(aboutTrainee[0].Actor);
    }

    // Modules add their own actions (the training base's "training.invitation-letter"); the column holds 32 characters,
    // which PostgreSQL enforces and SQLite does not, and a subject may be a record with no account ("trainee:{id}").
    [Theory]
    [MemberData(nameof(AccountsHost.Providers), MemberType = typeof(AccountsHost))]
    public async Task EveryActionIsRecordedAndReadBackWithASubjectThatHasNoAccount(StorageProvider provider)
    {
        await using var host = await AccountsHost.StartAsync(provider);
        var manager = await CreateAsync(host, "actions@example.org", AccountRoles.ProgrammeManager);
        var audit = host.Services.GetRequiredService<PersonalDataAuditLog>();
        var actions = typeof(PersonalDataActions).GetFields().Select(f => (string)f.GetValue(null)!).ToList(); // constants: never null

        foreach (var action in actions)
            await audit.RecordAsync(new PersonalDataAccess(manager.Id, action, "trainee:123456", ["passport"]), CancellationToken.None);
        var read = await audit.ReadAsync("trainee:123456", 0, 50, CancellationToken.None);

        Assert.Equal(actions.AsEnumerable().Reverse(), read.Select(l => l.Action));
        Assert.All(read, l => Assert.Equal(("trainee:123456", (string?)null), (l.SubjectId, l.Subject)));
    }

    [Theory]
    [MemberData(nameof(AccountsHost.Providers), MemberType = typeof(AccountsHost))]
    public async Task AnErasedTraineeCanNeverSignInButStillCountsAsATrainee(StorageProvider provider)
    {
        var training = new RecordingSource();
        await using var host = await AccountsHost.StartAsync(provider, s => s.AddScoped<IPersonalDataSource>(_ => training));
        var trainee = await CreateAsync(host, "erase.me@example.org", AccountRoles.Trainee);

        await host.InScopeAsync(async s =>
        {
            await s.GetRequiredService<AccountErasure>().EraseAsync(trainee.Id, trainee.Id, CancellationToken.None);
            return 0;
        });

        await host.InScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<AccountUser>>();
            Assert.Null(await users.FindByEmailAsync("erase.me@example.org"));
            var erased = (await users.FindByIdAsync(trainee.Id))!;
            Assert.EndsWith("@erased.invalid", erased.Email, StringComparison.Ordinal);
            Assert.Null(erased.DisplayName);
            Assert.Null(erased.PasswordHash);
            Assert.NotNull(erased.ErasedAt);
            Assert.True(await users.IsLockedOutAsync(erased));
            Assert.Single(await users.GetUsersInRoleAsync(AccountRoles.Trainee));
            return 0;
        });
        Assert.Equal([trainee.Id], training.Erased);
        var log = await host.Services.GetRequiredService<PersonalDataAuditLog>().ReadAsync(trainee.Id, 0, 10, CancellationToken.None);
        Assert.Equal(PersonalDataActions.Erased, Assert.Single(log).Action);
    }

    [Fact]
    public async Task TheDownloadHoldsEverySourcesDataAndWhoHasSeenItAndIsItselfLogged()
    {
        var training = new RecordingSource();
        await using var host = await AccountsHost.StartAsync(configure: s => s.AddScoped<IPersonalDataSource>(_ => training));
        var trainee = await CreateAsync(host, "wei@example.cn", AccountRoles.Trainee);
        var audit = host.Services.GetRequiredService<PersonalDataAuditLog>();
        await audit.RecordAsync(new PersonalDataAccess("someone", PersonalDataActions.Viewed, trainee.Id, ["passport"]), CancellationToken.None);

        var json = await host.InScopeAsync(s => s.GetRequiredService<PersonalDataExport>().ExportAsync(trainee.Id, trainee.Id, CancellationToken.None));

        using var document = JsonDocument.Parse(json);
        Assert.Equal("wei@example.cn", document.RootElement.GetProperty("account").GetProperty("email").GetString());
        Assert.Equal("Trainee", document.RootElement.GetProperty("account").GetProperty("roles")[0].GetString());
        Assert.Equal("E1234", document.RootElement.GetProperty("training").GetProperty("passport").GetString());
        Assert.Equal("passport", document.RootElement.GetProperty("accessLog")[0].GetProperty("fields")[0].GetString());
        Assert.Equal(PersonalDataActions.Exported, (await audit.ReadAsync(trainee.Id, 0, 1, CancellationToken.None))[0].Action);
    }

    private static Task<AccountUser> CreateAsync(AccountsHost host, string email, string role) => host.InScopeAsync(async s =>
    {
        var users = s.GetRequiredService<UserManager<AccountUser>>();
        var user = new AccountUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Name of " + email };
        Assert.True((await users.CreateAsync(user, "a long enough password")).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user;
    });

    /// <summary>Another module's personal data, as the training base will hold it.</summary>
    private sealed class RecordingSource : IPersonalDataSource
    {
        public List<string> Erased { get; } = [];

        public string Name => "training";

        public Task<object?> ExportAsync(string userId, CancellationToken cancellationToken) =>
            Task.FromResult<object?>(new Dictionary<string, string> { ["passport"] = "E1234" });

        public Task EraseAsync(string userId, CancellationToken cancellationToken)
        {
            Erased.Add(userId);
            return Task.CompletedTask;
        }
    }
}
