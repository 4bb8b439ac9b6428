using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SilkRoad.Training.Partners;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Storage;

namespace SilkRoad.Training.Access;

/// <summary>
/// The administrators' assignments: programme managers to programmes, instructors to sessions, coordinators to
/// partner institutions (one institution per coordinator: assigning another moves them). The accounts module owns the
/// roles; the host offers only accounts that hold the matching role.
/// </summary>
public sealed class TrainingAssignments(TrainingDbContextFactory contexts, TimeProvider time)
{
    public async Task<AssignmentOverview> OverviewAsync(Actor actor, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require("assign people", TrainingRoles.Administrator);
        await using var context = contexts.Create();
        var managers = (await context.ProgrammeManagers.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(m => m.ProgrammeId, m => m.UserId);
        var instructors = (await context.SessionInstructors.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(i => i.SessionId, i => i.UserId);
        var coordinators = (await context.PartnerCoordinators.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(c => c.PartnerId, c => c.UserId);
        var programmes = await context.Programmes.AsNoTracking().Include(p => p.Texts).OrderBy(p => p.Code).ToListAsync(cancellationToken);
        var titles = programmes.ToDictionary(p => p.Id, p => LocalizedTitles.Pick(p.Texts, language));
        // Sessions that have ended are done with; an instructor is assigned to one to come or under way.
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var sessions = await context.Sessions.AsNoTracking().Where(s => s.EndsOn >= today).OrderBy(s => s.Number).ToListAsync(cancellationToken);
        var partners = await context.Partners.AsNoTracking().OrderBy(p => p.LatinName).ToListAsync(cancellationToken);
        return new AssignmentOverview(
            programmes.Select(p => new AssignmentTarget(p.Id, $"{p.Code} — {titles[p.Id]}", managers[p.Id].ToList())).ToList(),
            sessions.Select(s => new AssignmentTarget(s.Id,
                string.Create(CultureInfo.InvariantCulture, $"{s.Number} — {titles[s.ProgrammeId]} ({s.StartsOn:yyyy-MM-dd})"), instructors[s.Id].ToList())).ToList(),
            partners.Select(p => new AssignmentTarget(p.Id, $"{p.LatinName} ({p.CountryCode})", coordinators[p.Id].ToList())).ToList());
    }

    /// <summary>Assigns or unassigns; false when the programme, session or partner does not exist.</summary>
    public async Task<bool> SetAsync(Actor actor, AssignmentKind kind, int targetId, string userId, bool assigned, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        actor.Require("assign people", TrainingRoles.Administrator);
        await using var context = contexts.Create();
        switch (kind)
        {
            case AssignmentKind.ProgrammeManager:
                if (!await context.Programmes.AnyAsync(p => p.Id == targetId, cancellationToken)) return false;
                await context.ProgrammeManagers.Where(m => m.ProgrammeId == targetId && m.UserId == userId).ExecuteDeleteAsync(cancellationToken);
                if (assigned) context.ProgrammeManagers.Add(new ProgrammeManager { ProgrammeId = targetId, UserId = userId });
                break;
            case AssignmentKind.SessionInstructor:
                if (!await context.Sessions.AnyAsync(s => s.Id == targetId, cancellationToken)) return false;
                await context.SessionInstructors.Where(i => i.SessionId == targetId && i.UserId == userId).ExecuteDeleteAsync(cancellationToken);
                if (assigned) context.SessionInstructors.Add(new SessionInstructor { SessionId = targetId, UserId = userId });
                break;
            default:
                if (!await context.Partners.AnyAsync(p => p.Id == targetId, cancellationToken)) return false;
                // A coordinator speaks for one institution: assigning them elsewhere moves them.
                await context.PartnerCoordinators.Where(c => c.UserId == userId && (assigned || c.PartnerId == targetId)).ExecuteDeleteAsync(cancellationToken);
                if (assigned) context.PartnerCoordinators.Add(new PartnerCoordinator { PartnerId = targetId, UserId = userId });
                break;
        }
        await context.SaveChangesAsync(cancellationToken);
        return true;
    }
}
