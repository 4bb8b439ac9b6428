using SilkRoad.Training.DemoData;
using SilkRoad.Training.Enrolments;

namespace SilkRoad.Training.Tests.DemoData;

public sealed class TrainingDemoActivityTests
{
    private static readonly Lazy<TrainingDemoData> Data = new(() => TrainingDemoGenerator.Generate());

    [Fact]
    public void TheRecentSessionsHaveACourseAQuizAndAnswersAndTheRestHaveNone()
    {
        var data = Data.Value;
        var recent = data.Sessions.Where(s => s.EndsOn < TrainingDemoGenerator.Today).OrderByDescending(s => s.EndsOn).ThenByDescending(s => s.Number)
            .Take(8).Select(s => s.Id).ToHashSet();
        var sessionOf = data.Enrolments.ToDictionary(e => e.Id, e => e.SessionId);

        Assert.Equal(recent.Order(), data.Materials.Select(m => m.SessionId).Distinct().Order());
        Assert.Equal(recent.Order(), data.QuizQuestions.Select(q => q.SessionId).Distinct().Order());
        Assert.All(data.Materials, m => Assert.StartsWith("https://video.example.org/demo/", m.VideoUrl, StringComparison.Ordinal));
        Assert.All(data.QuizAnswers, a => Assert.Equal(a.ChosenOption == data.QuizQuestions.Single(q => q.Id == a.QuestionId).CorrectOption, a.Correct));
        Assert.All(data.SurveyResponses, r => Assert.Contains(sessionOf[r.EnrolmentId], recent));
        Assert.InRange(data.SurveyResponses.Count, 20, 400);
        Assert.Equal(data.SurveyResponses.Count, data.SurveyResponses.Select(r => r.EnrolmentId).Distinct().Count());
    }

    [Fact]
    public void FollowUpsAreForSessionsEndedThreeToTwelveMonthsAgoAndAnsweredByTheirAlumniOnly()
    {
        var data = Data.Value;
        var sessions = data.Sessions.ToDictionary(s => s.Id);
        var enrolments = data.Enrolments.ToDictionary(e => e.Id);
        var surveyed = data.FollowUpSurveys.Select(f => f.SessionId).ToHashSet();

        Assert.InRange(data.FollowUpSurveys.Count, 1, 6);
        Assert.All(data.FollowUpSurveys, f => Assert.InRange(sessions[f.SessionId].EndsOn, TrainingDemoGenerator.Today.AddMonths(-12), TrainingDemoGenerator.Today.AddMonths(-3)));
        Assert.NotEmpty(data.FollowUpResponses);
        Assert.All(data.FollowUpResponses, r => Assert.Equal(EnrolmentStatus.Completed, enrolments[r.EnrolmentId].Status));
        Assert.All(data.FollowUpResponses, r => Assert.Contains(enrolments[r.EnrolmentId].SessionId, surveyed));
        Assert.Equal(data.FollowUpResponses.Count, data.FollowUpResponses.Select(r => r.EnrolmentId).Distinct().Count());
    }

    [Fact]
    public void IsTheSameOnEveryRun()
    {
        var again = TrainingDemoGenerator.Generate();

        Assert.Equal(Data.Value.QuizAnswers.Select(a => (a.EnrolmentId, a.QuestionId, a.ChosenOption)), again.QuizAnswers.Select(a => (a.EnrolmentId, a.QuestionId, a.ChosenOption)));
        Assert.Equal(Data.Value.FollowUpResponses.Select(r => (r.EnrolmentId, r.Promoted, r.Comment)), again.FollowUpResponses.Select(r => (r.EnrolmentId, r.Promoted, r.Comment)));
    }

    [Fact]
    public void SomePartnersHaveACurrentAgreementAndSomeOnlyExpiredOnes()
    {
        var agreements = Data.Value.Partners.SelectMany(p => p.Agreements).ToList();

        Assert.Equal(agreements.Count, agreements.Select(a => a.Id).Distinct().Count());
        Assert.Contains(Data.Value.Partners, p => p.Agreements.Count == 2);
        Assert.Contains(agreements, a => a.EndsOn is { } end && end < TrainingDemoGenerator.Today);
        Assert.Contains(agreements, a => a.StartsOn <= TrainingDemoGenerator.Today && a.EndsOn is { } end && end >= TrainingDemoGenerator.Today);
    }
}
