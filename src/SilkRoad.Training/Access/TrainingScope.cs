using SilkRoad.Training.Applications;
using SilkRoad.Training.Partners;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Storage;
using SilkRoad.Training.Trainees;

namespace SilkRoad.Training.Access;

/// <summary>
/// What an actor may see of the training base, as queries every service and page starts from — so that a record out
/// of scope is simply not found (a page answers 404 and does not reveal that it exists). An actor with several roles
/// sees the union. Administrators see everything; a programme manager the sessions of the programmes assigned to
/// them (<see cref="ProgrammeManager"/>) and what belongs to those sessions; an instructor the sessions they teach
/// (<see cref="SessionInstructor"/>); a reviewer the applications assigned to them (<see cref="ApplicationReview"/>);
/// a partner coordinator their institution and its nominations; a trainee their own record (<see cref="Trainee.UserId"/>).
/// </summary>
public static class TrainingScope
{
    /// <summary>The sessions the actor manages: administrators all, programme managers their programmes' sessions.</summary>
    public static IQueryable<Session> ManagedSessions(TrainingDbContext context, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(actor);
        var all = actor.Roles.Contains(TrainingRoles.Administrator);
        var manager = actor.Roles.Contains(TrainingRoles.ProgrammeManager);
        var userId = actor.UserId;
        return context.Sessions.Where(s => all
            || (manager && context.ProgrammeManagers.Any(m => m.ProgrammeId == s.ProgrammeId && m.UserId == userId)));
    }

    /// <summary>The sessions the actor teaches or manages: what an instructor's attendance and progress pages start from.</summary>
    public static IQueryable<Session> TaughtSessions(TrainingDbContext context, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(actor);
        var instructor = actor.Roles.Contains(TrainingRoles.Instructor);
        var userId = actor.UserId;
        var managed = ManagedSessions(context, actor).Select(s => s.Id);
        return context.Sessions.Where(s => managed.Contains(s.Id)
            || (instructor && context.SessionInstructors.Any(i => i.SessionId == s.Id && i.UserId == userId)));
    }

    /// <summary>The partner institutions the actor may read: administrators and programme managers all, a coordinator their own.</summary>
    public static IQueryable<PartnerInstitution> VisiblePartners(TrainingDbContext context, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(actor);
        var all = actor.IsInAny(TrainingRoles.Administrator, TrainingRoles.ProgrammeManager);
        var coordinator = actor.Roles.Contains(TrainingRoles.PartnerCoordinator) && actor.PartnerId is not null;
        var partnerId = actor.PartnerId;
        return context.Partners.Where(p => all || (coordinator && p.Id == partnerId));
    }

    /// <summary>The applications the actor may read.</summary>
    public static IQueryable<TrainingApplication> VisibleApplications(TrainingDbContext context, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(actor);
        var reviewer = actor.Roles.Contains(TrainingRoles.Reviewer);
        var coordinator = actor.Roles.Contains(TrainingRoles.PartnerCoordinator) && actor.PartnerId is not null;
        var partnerId = actor.PartnerId;
        var trainee = actor.Roles.Contains(TrainingRoles.Trainee);
        var userId = actor.UserId;
        var managed = ManagedSessions(context, actor).Select(s => s.Id);
        return context.Applications.Where(a => managed.Contains(a.SessionId)
            || (reviewer && context.ApplicationReviews.Any(r => r.ApplicationId == a.Id && r.ReviewerId == userId))
            || (coordinator && a.NominatedByPartnerId == partnerId)
            || (trainee && context.Trainees.Any(t => t.Id == a.TraineeId && t.UserId == userId)));
    }

    /// <summary>The trainee records the actor may read: those behind the applications they see, and those enrolled in sessions they teach.</summary>
    public static IQueryable<Trainee> VisibleTrainees(TrainingDbContext context, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(actor);
        var all = actor.Roles.Contains(TrainingRoles.Administrator);
        var userId = actor.UserId;
        var applicants = VisibleApplications(context, actor).Select(a => a.TraineeId);
        var taught = TaughtSessions(context, actor).Select(s => s.Id);
        return context.Trainees.Where(t => all
            || t.UserId == userId
            || applicants.Contains(t.Id)
            || context.Enrolments.Any(e => e.TraineeId == t.Id && taught.Contains(e.SessionId)));
    }
}
