using Microsoft.EntityFrameworkCore;
using SilkRoad.Training.Access;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Storage;

namespace SilkRoad.Training.Applications;

/// <summary>
/// A partner coordinator nominates people of their institution to a session whose call is open, one form per person,
/// through <see cref="ApplicationSubmitter"/> (the same checks, the same person found again), and follows their
/// institution's nominations — and no one else's. The institution on the form is the partner's own name, whatever
/// was typed: a coordinator speaks for their institution only.
/// </summary>
public sealed class Nominations(TrainingDbContextFactory contexts, ApplicationSubmitter submitter)
{
    /// <summary>The partner the actor coordinates for, or null when they coordinate for none.</summary>
    public async Task<string?> InstitutionAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.PartnerId is not { } partnerId || !actor.IsInAny(TrainingRoles.PartnerCoordinator)) return null;
        await using var context = contexts.Create();
        return await context.Partners.Where(p => p.Id == partnerId).Select(p => p.LatinName).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Nominates one person; refused with <see cref="ApplicationProblemCode.UnknownSession"/> when the actor coordinates for no partner.</summary>
    public async Task<ApplicationResult> NominateAsync(Actor actor, ApplicationForm form, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(form);
        actor.Require("nominate", TrainingRoles.PartnerCoordinator);
        if (await InstitutionAsync(actor, cancellationToken) is not { } institution)
            throw new TrainingAccessDeniedException(actor.UserId, "nominate without a partner institution");
        form.Institution = institution;
        return await submitter.SubmitAsync(form, new ApplicationOrigin(language, actor.PartnerId), cancellationToken);
    }

    /// <summary>The nominations of the actor's institution, newest first.</summary>
    public async Task<IReadOnlyList<Nomination>> ListAsync(Actor actor, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.PartnerId is not { } partnerId || !actor.IsInAny(TrainingRoles.PartnerCoordinator)) return [];
        await using var context = contexts.Create();
        var rows = await (from a in TrainingScope.VisibleApplications(context, actor)
                          where a.NominatedByPartnerId == partnerId
                          join t in context.Trainees on a.TraineeId equals t.Id
                          join s in context.Sessions on a.SessionId equals s.Id
                          orderby a.SubmittedAt descending, a.Id descending
                          select new { a.Id, s.Number, s.ProgrammeId, t.NativeName, t.LatinName, a.SubmittedAt, a.Status })
            .Take(500).ToListAsync(cancellationToken);
        var programmeIds = rows.Select(r => r.ProgrammeId).Distinct().ToList();
        var programmes = await context.Programmes.AsNoTracking().Include(p => p.Texts)
            .Where(p => programmeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return rows.Select(r => new Nomination(r.Id, r.Number, LocalizedTitles.Pick(programmes[r.ProgrammeId].Texts, language), r.NativeName, r.LatinName,
            DateTime.SpecifyKind(r.SubmittedAt, DateTimeKind.Utc), r.Status)).ToList();
    }
}
