using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Training.Feedback;
using SilkRoad.Training.Learning;
using SilkRoad.Web.Cultures;

namespace SilkRoad.Web.Pages.Learn;

/// <summary>
/// One of the trainee's own sessions online: its materials (opened through this page, which records the view), its
/// quiz (one answer per question) and its feedback survey (answered once). Any session they are not enrolled in is not found.
/// </summary>
[Authorize(Policy = AccountPolicies.Trainee)]
public sealed class CourseModel(OnlineLearning learning, FeedbackSurvey survey, IStringLocalizer<TrainingText> training) : PageModel
{
    public LearnerCourse Course { get; private set; } = default!; // set by every handler that renders the page

    [BindProperty]
    public SurveyInput Survey { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await ShowAsync(id, null, StatusCodes.Status200OK, cancellationToken);

    /// <summary>Opens a material: records the view, then sends the trainee on to the catalogue's page or the video.</summary>
    public async Task<IActionResult> OnGetMaterialAsync(int id, int materialId, CancellationToken cancellationToken)
    {
        if (await HttpContext.TrainingActorAsync() is not { } actor) return Challenge();
        if (await learning.ViewAsync(actor, id, materialId, cancellationToken) is not { } material) return NotFound();
        return material.ResourceId is { } resource
            ? LocalRedirect($"/{PortalCultures.Current.Code}/resources/{resource}")
            : Redirect(material.VideoUrl!); // a material is a resource or a video, and CourseContent checked it is http(s)
    }

    public async Task<IActionResult> OnPostAnswerAsync(int id, int questionId, int? choice, CancellationToken cancellationToken)
    {
        if (await HttpContext.TrainingActorAsync() is not { } actor) return Challenge();
        if (choice is null) return await ShowAsync(id, training["Learn.ChooseOne"], StatusCodes.Status422UnprocessableEntity, cancellationToken);
        var outcome = await learning.AnswerAsync(actor, id, questionId, choice.Value, cancellationToken);
        return outcome switch
        {
            QuizAnswerOutcome.NotFound => NotFound(),
            QuizAnswerOutcome.AlreadyAnswered => await ShowAsync(id, training["Learn.AlreadyAnswered"], StatusCodes.Status409Conflict, cancellationToken),
            _ => await ShowAsync(id, training["Learn.Answer." + outcome], StatusCodes.Status200OK, cancellationToken),
        };
    }

    public async Task<IActionResult> OnPostSurveyAsync(int id, CancellationToken cancellationToken)
    {
        if (await HttpContext.TrainingActorAsync() is not { } actor) return Challenge();
        var outcome = await survey.SubmitAsync(actor, id, Survey, cancellationToken);
        return outcome switch
        {
            SurveyOutcome.NotFound => NotFound(),
            SurveyOutcome.Saved => await ShowAsync(id, training["Survey.Saved"], StatusCodes.Status200OK, cancellationToken),
            SurveyOutcome.AlreadyAnswered => await ShowAsync(id, training["Survey.AlreadyAnswered"], StatusCodes.Status409Conflict, cancellationToken),
            _ => await ShowAsync(id, training["Survey.Invalid"], StatusCodes.Status422UnprocessableEntity, cancellationToken),
        };
    }

    private async Task<IActionResult> ShowAsync(int id, string? message, int status, CancellationToken cancellationToken)
    {
        if (await HttpContext.TrainingActorAsync() is not { } actor) return Challenge();
        if (await learning.CourseAsync(actor, id, PortalCultures.Current.Code, cancellationToken) is not { } course) return NotFound();
        Course = course;
        if (message is not null)
        {
            if (status == StatusCodes.Status200OK) ViewData["Message"] = message;
            else ModelState.AddModelError("", message);
        }
        Response.StatusCode = status;
        return Page();
    }
}
