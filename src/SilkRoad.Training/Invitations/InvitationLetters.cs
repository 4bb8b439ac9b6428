using Microsoft.EntityFrameworkCore;
using SilkRoad.Training.Access;
using SilkRoad.Training.Applications;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Storage;

namespace SilkRoad.Training.Invitations;

/// <summary>
/// The invitation letter of an admitted application, for those who may have it: the managers of its session and the
/// person themselves (their account linked to the record). Anyone else — a reviewer, another trainee — finds nothing,
/// as if there were no such application.
/// </summary>
public sealed class InvitationLetters(TrainingDbContextFactory contexts)
{
    public async Task<InvitationLetter?> FindAsync(Actor actor, int applicationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = contexts.Create();
        var managed = TrainingScope.ManagedSessions(context, actor).Select(s => s.Id);
        var userId = actor.UserId;
        var trainee = actor.IsInAny(TrainingRoles.Trainee);
        var found = await (from a in context.Applications
                           where a.Id == applicationId && a.Status == ApplicationStatus.Admitted
                           join t in context.Trainees on a.TraineeId equals t.Id
                           join s in context.Sessions on a.SessionId equals s.Id
                           where managed.Contains(s.Id) || (trainee && t.UserId == userId)
                           select new { Trainee = t, Session = s })
            .AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (found is null) return null;
        var session = found.Session;
        var programme = await context.Programmes.AsNoTracking().Include(p => p.Texts).SingleAsync(p => p.Id == session.ProgrammeId, cancellationToken);
        var person = found.Trainee;
        return new InvitationLetter(applicationId, person.Id, person.UserId, person.NativeName, person.LatinName, person.PassportNumber,
            person.CountryCode, session.Number, LocalizedTitles.Pick(programme.Texts, session.InstructionLanguage), session.StartsOn, session.EndsOn, session.Mode,
            session.Venue, session.Platform, session.InstructionLanguage);
    }
}
