using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Accounts.Users;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Storage;
using SilkRoad.Web.Tests.Accounts;

namespace SilkRoad.Web.Tests.Training;

/// <summary>
/// The portal with the demo base seeded, and people to sign in as: each test class gets one host and makes the
/// accounts it needs. <see cref="ParticipationsAsync"/> reads the store directly, so that tests compare pages with
/// figures they counted themselves rather than with the reports' own query.
/// </summary>
public sealed class ManagedPortal : PortalFixture
{
    public const string Password = "correct horse battery";

    private int _people;

    /// <summary>A visitor signed in as a new confirmed account with the given roles.</summary>
    public async Task<Visitor> SignedInAsync(params string[] roles)
    {
        var email = $"person{Interlocked.Increment(ref _people)}@example.org";
        await using (var scope = Portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AccountUser>>();
            var user = new AccountUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = DateTimeOffset.UtcNow };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            if (roles.Length > 0) Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
        }
        var visitor = NewVisitor();
        using var response = await visitor.SignInAsync(email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return visitor;
    }

    public Visitor NewVisitor() => new(Portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    /// <summary>Every enrolment that was not withdrawn, with what the reports count it by.</summary>
    public async Task<IReadOnlyList<StoredParticipation>> ParticipationsAsync()
    {
        await using var context = Portal.Services.GetRequiredService<TrainingDbContextFactory>().Create();
        return await (from e in context.Enrolments
                      where e.Status != EnrolmentStatus.Withdrawn
                      join s in context.Sessions on e.SessionId equals s.Id
                      join p in context.Programmes on s.ProgrammeId equals p.Id
                      join t in context.Trainees on e.TraineeId equals t.Id
                      select new StoredParticipation(t.Id, t.CountryCode, s.StartsOn.Year, p.Code, s.Mode)).ToListAsync();
    }
}
