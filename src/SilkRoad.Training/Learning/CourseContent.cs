using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SilkRoad.Training.Access;
using SilkRoad.Training.Storage;

namespace SilkRoad.Training.Learning;

/// <summary>
/// The online course of a session as its instructors and managers build it: materials (catalogue resources by id, or
/// video URLs) and the questions of its short quiz. Anyone else finds no session.
/// </summary>
public sealed class CourseContent(TrainingDbContextFactory contexts, CatalogueTitles titles)
{
    public const int MaxQuestions = 20;

    public async Task<CourseContentOutcome> AddMaterialAsync(Actor actor, int sessionId, MaterialInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        await using var context = contexts.Create();
        if (!await TrainingScope.TaughtSessions(context, actor).AnyAsync(s => s.Id == sessionId, cancellationToken)) return CourseContentOutcome.SessionNotFound;
        var hasResource = !string.IsNullOrWhiteSpace(input.ResourceId);
        var hasVideo = !string.IsNullOrWhiteSpace(input.VideoUrl);
        if (hasResource == hasVideo) return CourseContentOutcome.NeedResourceOrVideo;
        long? resourceId = null;
        if (hasResource)
        {
            if (!long.TryParse(input.ResourceId!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                || !(await titles.OfAsync([id], cancellationToken)).ContainsKey(id))
                return CourseContentOutcome.UnknownResource;
            resourceId = id;
        }
        string? video = null;
        if (hasVideo)
        {
            // Only http(s): a javascript: or data: URL in a link would run in the trainee's page.
            if (!Uri.TryCreate(input.VideoUrl!.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")
                || uri.OriginalString.Length > CourseMaterial.MaxUrlLength)
                return CourseContentOutcome.BadVideoUrl;
            video = uri.OriginalString;
        }
        if (input.ScheduleItemId is { } itemId
            && !await context.ScheduleItems.AnyAsync(i => i.Id == itemId && i.SessionId == sessionId, cancellationToken))
            return CourseContentOutcome.UnknownScheduleItem;
        var title = input.Title?.Trim();
        var position = await context.CourseMaterials.CountAsync(m => m.SessionId == sessionId, cancellationToken);
        context.CourseMaterials.Add(new CourseMaterial
        {
            SessionId = sessionId,
            ScheduleItemId = input.ScheduleItemId,
            ResourceId = resourceId,
            VideoUrl = video,
            Title = string.IsNullOrEmpty(title) ? null : title.Length > CourseMaterial.MaxTitleLength ? title[..CourseMaterial.MaxTitleLength] : title,
            Position = position,
        });
        await context.SaveChangesAsync(cancellationToken);
        return CourseContentOutcome.Added;
    }

    public async Task<CourseContentOutcome> AddQuestionAsync(Actor actor, int sessionId, QuestionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        await using var context = contexts.Create();
        if (!await TrainingScope.TaughtSessions(context, actor).AnyAsync(s => s.Id == sessionId, cancellationToken)) return CourseContentOutcome.SessionNotFound;
        var text = input.Text?.Trim() ?? "";
        var options = (input.Options ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var count = await context.QuizQuestions.CountAsync(q => q.SessionId == sessionId, cancellationToken);
        if (text.Length == 0 || text.Length > QuizQuestion.MaxTextLength || options.Length < 2 || options.Length > QuizQuestion.MaxOptions
            || options.Any(o => o.Length > 200) || input.CorrectOption < 1 || input.CorrectOption > options.Length || count >= MaxQuestions)
            return CourseContentOutcome.BadQuestion;
        context.QuizQuestions.Add(new QuizQuestion
        {
            SessionId = sessionId,
            Text = text,
            Options = string.Join('\n', options),
            CorrectOption = input.CorrectOption - 1,
            Position = count,
        });
        await context.SaveChangesAsync(cancellationToken);
        return CourseContentOutcome.Added;
    }
}
