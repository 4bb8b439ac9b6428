using Microsoft.AspNetCore.Identity;
using SilkRoad.Accounts.Users;
using SilkRoad.Training.Access;
using SilkRoad.Training.Trainees;

namespace SilkRoad.Web.Pages.My;

/// <summary>The signed-in trainee's actor, once their account is linked to their record if it can be (a confirmed address).</summary>
internal static class MyRecord
{
    public static async Task<Actor> LinkAsync(HttpContext http, TraineeRecords records, UserManager<AccountUser> users, CancellationToken cancellationToken)
    {
        var actor = await http.TrainingActorAsync() ?? throw new InvalidOperationException("the policy requires a signed-in user");
        if (await users.GetUserAsync(http.User) is { EmailConfirmed: true } user)
            await records.LinkAsync(actor.UserId, user.Email, cancellationToken);
        return actor;
    }
}
