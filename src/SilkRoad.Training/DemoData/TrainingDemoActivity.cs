using System.Globalization;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Feedback;
using SilkRoad.Training.FollowUp;
using SilkRoad.Training.Learning;
using SilkRoad.Training.Programmes;

namespace SilkRoad.Training.DemoData;

/// <summary>
/// What trainees did in the demo base's most recent sessions, so that a session's page, a trainee's record and the
/// reports are not empty on a fresh start: for the last <see cref="RecentSessions"/> sessions before
/// <see cref="TrainingDemoGenerator.Today"/>, recorded lectures (videos at example.org), a short quiz, who watched and
/// answered, and feedback survey answers; for the sessions that ended three to twelve months before, a follow-up
/// survey and the answers of about half their alumni. A few thousand rows at most, a random of its own (the rest of
/// the demo base does not change with it). Instructors are not assigned: they need accounts, which the accounts
/// module owns, so the demo courses name their instructor in text only.
/// </summary>
internal static class TrainingDemoActivity
{
    public const int RecentSessions = 8;
    public const int FollowUpSessions = 6;
    public const string SeededBy = "demo-seed";

    private static readonly (string Text, string[] Options, int Correct)[] Questions =
    [
        ("Which unit measures electrical energy sold to consumers?", ["Kilowatt", "Kilowatt-hour", "Volt"], 1),
        ("What does a photovoltaic cell convert light into?", ["Heat", "Electricity", "Pressure"], 1),
        ("Which material carries most of the load in reinforced concrete under tension?", ["Cement", "Steel", "Sand"], 1),
        ("What limits the output of a wind turbine above its rated wind speed?", ["Pitch control", "The tower's height", "Ground friction"], 0),
        ("Which test checks the compressive strength of concrete?", ["Slump test", "Cube test", "Sieve analysis"], 1),
        ("What does a drip irrigation system save compared with flooding?", ["Water", "Seeds", "Sunlight"], 0),
    ];

    private static readonly string[] SurveyComments =
    [
        "The site visits were the most useful part (demo comment).",
        "More time for questions after each lecture, please (demo comment).",
        "Well organised; the recorded lectures helped me revise (demo comment).",
        "I would like the course materials in my own language as well (demo comment).",
    ];

    private static readonly string[] FollowUpComments =
    [
        "I now lead a small team on a solar project at home (demo comment).",
        "We adapted the maintenance schedule we saw on the site visit (demo comment).",
        "Still in touch with colleagues from the session (demo comment).",
        "Changed employer, but I use the methods every week (demo comment).",
    ];

    public static void Add(TrainingDemoData data)
    {
        var random = new Random(20_251_201);
        var ended = data.Sessions.Where(s => s.EndsOn < TrainingDemoGenerator.Today).OrderByDescending(s => s.EndsOn).ThenByDescending(s => s.Number).ToList();
        var enrolments = data.Enrolments.Where(e => e.Status != EnrolmentStatus.Withdrawn).ToLookup(e => e.SessionId);
        foreach (var session in ended.Take(RecentSessions))
            AddCourse(data, session, enrolments[session.Id].ToList(), random);
        var followedUp = ended.Where(s => s.EndsOn.AddMonths(3) <= TrainingDemoGenerator.Today && s.EndsOn.AddMonths(12) > TrainingDemoGenerator.Today)
            .Take(FollowUpSessions);
        foreach (var session in followedUp)
            AddFollowUp(data, session, enrolments[session.Id].Where(e => e.Status == EnrolmentStatus.Completed).ToList(), random);
    }

    private static void AddCourse(TrainingDemoData data, Session session, List<Enrolment> enrolments, Random random)
    {
        var invariant = CultureInfo.InvariantCulture;
        // Extra reading rather than a schedule item's stand-in: attendance is already on the register, and views must not change it.
        var materials = Enumerable.Range(1, 3).Select(n => new CourseMaterial
        {
            Id = data.Materials.Count + n,
            SessionId = session.Id,
            VideoUrl = string.Create(invariant, $"https://video.example.org/demo/session-{session.Number}/lecture-{n}"),
            Title = string.Create(invariant, $"Recorded lecture {n} (demo)"),
            Position = n,
        }).ToList();
        data.Materials.AddRange(materials);
        var first = random.Next(Questions.Length);
        var questions = Enumerable.Range(0, 3).Select(n =>
        {
            var (text, options, correct) = Questions[(first + n) % Questions.Length];
            return new QuizQuestion
            {
                Id = data.QuizQuestions.Count + n + 1,
                SessionId = session.Id,
                Text = text,
                Options = string.Join('\n', options),
                CorrectOption = correct,
                Position = n + 1,
            };
        }).ToList();
        data.QuizQuestions.AddRange(questions);
        var after = session.EndsOn.ToDateTime(new TimeOnly(18, 0), DateTimeKind.Utc);
        foreach (var enrolment in enrolments)
        {
            foreach (var material in materials.Where(_ => random.Next(10) < 8))
                data.MaterialViews.Add(new MaterialView { EnrolmentId = enrolment.Id, MaterialId = material.Id, FirstViewedAt = after.AddHours(-random.Next(24, 240)) });
            foreach (var question in questions.Where(_ => random.Next(20) < 17))
            {
                var right = random.Next(4) < 3;
                var chosen = right ? question.CorrectOption : (question.CorrectOption + 1 + random.Next(question.OptionList.Count - 1)) % question.OptionList.Count;
                data.QuizAnswers.Add(new QuizAnswer
                {
                    EnrolmentId = enrolment.Id,
                    QuestionId = question.Id,
                    ChosenOption = chosen,
                    Correct = chosen == question.CorrectOption,
                    AnsweredAt = after.AddHours(-random.Next(1, 48)),
                });
            }
            if (random.Next(5) < 3)
            {
                data.SurveyResponses.Add(new SurveyResponse
                {
                    Id = data.SurveyResponses.Count + 1,
                    EnrolmentId = enrolment.Id,
                    SubmittedAt = after.AddHours(random.Next(1, 72)),
                    Content = Rating(random),
                    Instruction = Rating(random),
                    Organisation = Rating(random),
                    Usefulness = Rating(random),
                    Comment = random.Next(10) < 3 ? SurveyComments[random.Next(SurveyComments.Length)] : null,
                });
            }
        }
    }

    private static void AddFollowUp(TrainingDemoData data, Session session, List<Enrolment> completers, Random random)
    {
        var opened = session.EndsOn.AddMonths(3).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        data.FollowUpSurveys.Add(new FollowUpSurvey { Id = data.FollowUpSurveys.Count + 1, SessionId = session.Id, OpenedAt = opened, OpenedBy = SeededBy });
        var open = TrainingDemoGenerator.Today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - opened;
        foreach (var enrolment in completers.Where(_ => random.Next(2) == 0))
        {
            data.FollowUpResponses.Add(new FollowUpResponse
            {
                Id = data.FollowUpResponses.Count + 1,
                EnrolmentId = enrolment.Id,
                SubmittedAt = opened.AddHours(random.Next(1, (int)Math.Max(2, open.TotalHours))),
                StillInField = random.Next(20) < 17,
                AppliedLearning = random.Next(4) < 3,
                Promoted = random.Next(4) == 0,
                WouldRecommend = random.Next(10) < 9,
                Comment = random.Next(4) == 0 ? FollowUpComments[random.Next(FollowUpComments.Length)] : null,
            });
        }
    }

    // Mostly good, some middling: 3 to 5, with 4 and 5 the most common.
    private static int Rating(Random random) => random.Next(10) switch
    {
        < 2 => 3,
        < 6 => 4,
        _ => 5,
    };
}
