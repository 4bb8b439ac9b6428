using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SilkRoad.Training.Access;
using SilkRoad.Training.Certificates;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.FollowUp;
using SilkRoad.Training.Learning;
using SilkRoad.Training.Sessions;
using SilkRoad.Web.Cultures;

namespace SilkRoad.Web.Pages.Manage.Sessions;

/// <summary>
/// A session's staff page: dates, mode, schedule, every enrolled trainee's attendance, quiz score and completion, the
/// online course, the survey's summary and the alumni follow-up's. Its managers also apply the completion rule, issue and
/// revoke certificates and open the follow-up once the session has ended; its instructors read, mark attendance and add course content. Any other session is not found.
/// </summary>
[Authorize(Roles = SessionRoles.Staff)]
public sealed class DetailModel(
    SessionOverviewReader reader,
    SessionCompletion completion,
    CertificateIssuer certificates,
    CourseContent content,
    FollowUpSurveys followUps,
    IStringLocalizer<TrainingText> training) : PageModel
{
    public SessionOverview Session { get; private set; } = default!; // set by every handler that renders the page

    [BindProperty]
    public MaterialInput Material { get; set; } = new();

    [BindProperty]
    public QuestionInput Question { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await ShowAsync(id, null, StatusCodes.Status200OK, cancellationToken);

    public async Task<IActionResult> OnPostCompleteAsync(int id, int? minAttendance, int? minQuiz, CancellationToken cancellationToken)
    {
        if (await HttpContext.TrainingActorAsync() is not { } actor) return Challenge();
        // Who may apply a rule is settled before the rule is read: an instructor's invalid rule is refused as a valid one is.
        if (!actor.IsInAny(TrainingRoles.Administrator, TrainingRoles.ProgrammeManager)) return await DeniedOrNotFoundAsync(actor, id, cancellationToken);
        var rule = new CompletionRule(minAttendance, minQuiz);
        if (!rule.IsValid) return await ShowAsync(id, training["Session.RuleInvalid"], StatusCodes.Status422UnprocessableEntity, cancellationToken);
        var result = await completion.ApplyAsync(actor, id, rule, cancellationToken);
        if (!result.Found) return await DeniedOrNotFoundAsync(actor, id, cancellationToken);
        return await ShowAsync(id, training["Session.Completed", result.NewlyCompleted, result.AlreadyCompleted, result.NotMet], StatusCodes.Status200OK, cancellationToken);
    }

    public async Task<IActionResult> OnPostIssueAsync(int id, CancellationToken cancellationToken)
    {
        if (await HttpContext.TrainingActorAsync() is not { } actor) return Challenge();
        int issued;
        try
        {
            issued = await certificates.IssueForSessionAsync(actor, id, cancellationToken);
        }
        catch (TrainingAccessDeniedException)
        {
            return await DeniedOrNotFoundAsync(actor, id, cancellationToken);
        }
        return await ShowAsync(id, training["Session.Issued", issued], StatusCodes.Status200OK, cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, string? code, string? reason, CancellationToken cancellationToken)
    {
        if (await HttpContext.TrainingActorAsync() is not { } actor) return Challenge();
        if (!actor.IsInAny(TrainingRoles.Administrator, TrainingRoles.ProgrammeManager)) return await DeniedOrNotFoundAsync(actor, id, cancellationToken);
        // A code of another session of the same manager is refused here: this page revokes this session's certificates.
        var overview = await reader.ReadAsync(actor, id, PortalCultures.Current.Code, cancellationToken);
        if (overview is null || !overview.CanManage) return await DeniedOrNotFoundAsync(actor, id, cancellationToken);
        var ours = CertificateCode.TryNormalize(code, out var canonical) && overview.Trainees.Any(t => t.CertificateCode == canonical);
        var outcome = ours ? await certificates.RevokeAsync(actor, canonical!, reason, cancellationToken) : CertificateRevokeOutcome.UnknownCode;
        var status = outcome == CertificateRevokeOutcome.Revoked ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity;
        return await ShowAsync(id, training["Revoke." + outcome], status, cancellationToken);
    }

    public async Task<IActionResult> OnPostMaterialAsync(int id, CancellationToken cancellationToken)
    {
        if (await HttpContext.TrainingActorAsync() is not { } actor) return Challenge();
        var outcome = await content.AddMaterialAsync(actor, id, Material, cancellationToken);
        if (outcome == CourseContentOutcome.SessionNotFound) return NotFound();
        if (outcome == CourseContentOutcome.Added) Material = new();
        return await ShowAsync(id, training["Content." + outcome], outcome == CourseContentOutcome.Added ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity, cancellationToken);
    }

    public async Task<IActionResult> OnPostQuestionAsync(int id, CancellationToken cancellationToken)
    {
        if (await HttpContext.TrainingActorAsync() is not { } actor) return Challenge();
        var outcome = await content.AddQuestionAsync(actor, id, Question, cancellationToken);
        if (outcome == CourseContentOutcome.SessionNotFound) return NotFound();
        if (outcome == CourseContentOutcome.Added) Question = new();
        return await ShowAsync(id, training["Content." + outcome], outcome == CourseContentOutcome.Added ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity, cancellationToken);
    }

    /// <summary>Opens the alumni follow-up of this session, or with <paramref name="programme"/> of every ended session of its programme.</summary>
    public async Task<IActionResult> OnPostFollowUpAsync(int id, bool programme, CancellationToken cancellationToken)
    {
        if (await HttpContext.TrainingActorAsync() is not { } actor) return Challenge();
        var opening = await followUps.OpenAsync(actor, id, programme, cancellationToken);
        return opening.Outcome switch
        {
            FollowUpOpenOutcome.NotFound => await DeniedOrNotFoundAsync(actor, id, cancellationToken),
            FollowUpOpenOutcome.NotEnded => await ShowAsync(id, training["FollowUp.NotEnded"], StatusCodes.Status422UnprocessableEntity, cancellationToken),
            _ => await ShowAsync(id, training["FollowUp.Opened", opening.Opened], StatusCodes.Status200OK, cancellationToken),
        };
    }

    // An instructor of the session may read it but not manage it (403); a session that is not theirs does not exist (404).
    private async Task<IActionResult> DeniedOrNotFoundAsync(Actor actor, int id, CancellationToken cancellationToken) =>
        await reader.ReadAsync(actor, id, PortalCultures.Current.Code, cancellationToken) is null ? NotFound() : Forbid();

    private async Task<IActionResult> ShowAsync(int id, string? message, int status, CancellationToken cancellationToken)
    {
        if (await HttpContext.TrainingActorAsync() is not { } actor) return Challenge();
        if (await reader.ReadAsync(actor, id, PortalCultures.Current.Code, cancellationToken) is not { } overview) return NotFound();
        Session = overview;
        if (message is not null)
        {
            if (status == StatusCodes.Status200OK) ViewData["Message"] = message;
            else ModelState.AddModelError("", message);
        }
        Response.StatusCode = status;
        return Page();
    }
}
