using Microsoft.EntityFrameworkCore;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Training.Access;
using SilkRoad.Training.Feedback;
using SilkRoad.Training.Learning;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Sessions;
using SilkRoad.Training.Tests.Storage;

namespace SilkRoad.Training.Tests.Sessions;

public sealed class OnlineLearningTests
{
    private static readonly Actor Instructor = Actor.Of(SmallSession.InstructorId, TrainingRoles.Instructor);
    private static readonly Actor Learner = Actor.Of("learner-1", TrainingRoles.Trainee);

    private static CatalogueTitles Titles(TrainingTestStore store) =>
        new(new SilkRoadDbContextFactory(Microsoft.Extensions.Options.Options.Create(store.Options)));

    private static async Task<long> CatalogueResourceAsync(TrainingTestStore store, string title)
    {
        await using var catalogue = new SilkRoadDbContextFactory(Microsoft.Extensions.Options.Options.Create(store.Options)).Create();
        var resource = new StoredResource { Type = "Article", Title = title, Languages = "en", Document = "{}", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
        catalogue.Resources.Add(resource);
        await catalogue.SaveChangesAsync();
        return resource.Id;
    }

    private static async Task<(SmallSession Session, int Enrolment)> SessionWithLearnerAsync(TrainingTestStore store)
    {
        var session = await SmallSession.CreateAsync(store.Contexts, mode: SessionMode.Blended);
        var enrolment = await session.EnrolAsync(store.Contexts, "Leila Haddad");
        await using var context = store.Contexts.Create();
        var traineeId = await context.Enrolments.Where(e => e.Id == enrolment).Select(e => e.TraineeId).SingleAsync();
        await context.Trainees.Where(t => t.Id == traineeId).ExecuteUpdateAsync(t => t.SetProperty(x => x.UserId, Learner.UserId));
        return (session, enrolment);
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task MaterialsShowTheCataloguesTitleAndATraineesViewsAndAnswersAreTheirProgress(StorageProvider provider)
    {
        await using var store = await TrainingTestStore.CreateAsync(provider);
        var (session, _) = await SessionWithLearnerAsync(store);
        var resourceId = await CatalogueResourceAsync(store, "Grid-scale batteries: a review");
        var content = new CourseContent(store.Contexts, Titles(store));
        var learning = new OnlineLearning(store.Contexts, Titles(store), FixedTime.DemoToday);
        var invariant = System.Globalization.CultureInfo.InvariantCulture;

        Assert.Equal(CourseContentOutcome.Added, await content.AddMaterialAsync(Instructor, session.SessionId,
            new MaterialInput { ResourceId = resourceId.ToString(invariant), ScheduleItemId = session.ScheduleItemIds[1] }, CancellationToken.None));
        Assert.Equal(CourseContentOutcome.UnknownResource, await content.AddMaterialAsync(Instructor, session.SessionId,
            new MaterialInput { ResourceId = (resourceId + 1).ToString(invariant) }, CancellationToken.None));
        Assert.Equal(CourseContentOutcome.BadVideoUrl, await content.AddMaterialAsync(Instructor, session.SessionId,
            new MaterialInput { VideoUrl = "javascript:alert(1)" }, CancellationToken.None));
        Assert.Equal(CourseContentOutcome.Added, await content.AddQuestionAsync(Instructor, session.SessionId,
            new QuestionInput { Text = "Which stores energy?", Options = "Battery\nResistor", CorrectOption = 1 }, CancellationToken.None));
        Assert.Equal(CourseContentOutcome.BadQuestion, await content.AddQuestionAsync(Instructor, session.SessionId,
            new QuestionInput { Text = "One option only", Options = "Yes", CorrectOption = 1 }, CancellationToken.None));
        var course = await learning.CourseAsync(Learner, session.SessionId, "en", CancellationToken.None);
        var material = Assert.Single(course!.Materials);
        var question = Assert.Single(course.Questions);

        Assert.Equal("Grid-scale batteries: a review", material.Title);
        Assert.NotNull(await learning.ViewAsync(Learner, session.SessionId, material.Id, CancellationToken.None));
        Assert.Equal(QuizAnswerOutcome.Correct, await learning.AnswerAsync(Learner, session.SessionId, question.Id, 0, CancellationToken.None));
        Assert.Equal(QuizAnswerOutcome.AlreadyAnswered, await learning.AnswerAsync(Learner, session.SessionId, question.Id, 1, CancellationToken.None));
        var overview = await new SessionOverviewReader(store.Contexts, Titles(store)).ReadAsync(Instructor, session.SessionId, "en", CancellationToken.None);
        var progress = Assert.Single(overview!.Trainees);
        Assert.False(overview.CanManage);
        Assert.Equal((1, 1, 100.0), (progress.MaterialsSeen, progress.Attended, progress.QuizPercent));
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task ATraineeAnswersTheSurveyOnceAndOnlyForTheirOwnSession(StorageProvider provider)
    {
        await using var store = await TrainingTestStore.CreateAsync(provider);
        var (session, _) = await SessionWithLearnerAsync(store);
        var other = await SmallSession.CreateAsync(store.Contexts, number: 902);
        var survey = new FeedbackSurvey(store.Contexts, FixedTime.DemoToday);
        var answers = new SurveyInput { Content = 5, Instruction = 4, Organisation = 2, Usefulness = 5, Comment = "More site visits" };

        var invalid = await survey.SubmitAsync(Learner, session.SessionId, new SurveyInput { Content = 6, Instruction = 1, Organisation = 1, Usefulness = 1 }, CancellationToken.None);
        var saved = await survey.SubmitAsync(Learner, session.SessionId, answers, CancellationToken.None);
        var twice = await survey.SubmitAsync(Learner, session.SessionId, answers, CancellationToken.None);
        var elsewhere = await survey.SubmitAsync(Learner, other.SessionId, answers, CancellationToken.None);
        await using var context = store.Contexts.Create();
        var summary = await FeedbackSurvey.SummaryAsync(context, session.SessionId, CancellationToken.None);

        Assert.Equal((SurveyOutcome.Invalid, SurveyOutcome.Saved, SurveyOutcome.AlreadyAnswered, SurveyOutcome.NotFound), (invalid, saved, twice, elsewhere));
        Assert.Equal(1, summary.Responses);
        Assert.Equal(2.0, summary.Means[SurveyQuestion.Organisation]);
        Assert.Equal(["More site visits"], summary.Comments);
    }
}
