using System.Globalization;
using System.Resources;
using SilkRoad.Training.Cohorts;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Feedback;
using SilkRoad.Training.Learning;
using SilkRoad.Training.Programmes;

namespace SilkRoad.Web.Tests.Training;

// The session pages build some keys from a value (Cohort.Problem.{code}); every value must have its text.
public sealed class SessionTextTests
{
    private static readonly ResourceManager Texts = new("SilkRoad.Web.Resources.TrainingText", typeof(TrainingText).Assembly);

    public static TheoryData<string> KeysMadeFromValues()
    {
        var data = new TheoryData<string>();
        foreach (var key in Enum.GetNames<CohortProblemCode>().Select(n => "Cohort.Problem." + n)
            .Concat(Enum.GetNames<CohortColumn>().Select(n => "Cohort.Column." + n))
            .Concat(Enum.GetNames<CourseContentOutcome>().Select(n => "Content." + n))
            .Concat(Enum.GetNames<EnrolmentStatus>().Select(n => "Enrolment." + n))
            .Concat(Enum.GetNames<SilkRoad.Training.Certificates.CertificateRevokeOutcome>().Select(n => "Revoke." + n))
            .Concat(Enum.GetNames<ScheduleItemKind>().Select(n => "ScheduleKind." + n))
            .Concat(Enum.GetNames<SurveyQuestion>().Select(n => "Survey.Question." + n))
            .Concat(new[] { QuizAnswerOutcome.Correct, QuizAnswerOutcome.Wrong }.Select(o => "Learn.Answer." + o)))
            data.Add(key);
        return data;
    }

    [Theory]
    [MemberData(nameof(KeysMadeFromValues))]
    public void EveryValueShownOnASessionPageHasItsText(string key)
    {
        var english = Texts.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;

        Assert.False(string.IsNullOrEmpty(english.GetString(key)), key);
    }
}
