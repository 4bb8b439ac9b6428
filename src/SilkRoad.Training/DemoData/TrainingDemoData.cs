using SilkRoad.Training.Applications;
using SilkRoad.Training.Attendance;
using SilkRoad.Training.Certificates;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Feedback;
using SilkRoad.Training.FollowUp;
using SilkRoad.Training.Learning;
using SilkRoad.Training.Partners;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Trainees;

namespace SilkRoad.Training.DemoData;

/// <summary>The whole demo training base, with every id set, as <see cref="TrainingDemoGenerator"/> makes it.</summary>
public sealed class TrainingDemoData
{
    public List<Topic> Topics { get; } = [];
    public List<Course> Courses { get; } = [];
    public List<Programme> Programmes { get; } = [];
    public List<Session> Sessions { get; } = [];
    public List<PartnerInstitution> Partners { get; } = [];
    public List<Trainee> Trainees { get; } = [];
    public List<TrainingApplication> Applications { get; } = [];
    public List<Enrolment> Enrolments { get; } = [];
    public List<AttendanceRecord> Attendance { get; } = [];
    public List<Certificate> Certificates { get; } = [];
    public List<CourseMaterial> Materials { get; } = [];
    public List<MaterialView> MaterialViews { get; } = [];
    public List<QuizQuestion> QuizQuestions { get; } = [];
    public List<QuizAnswer> QuizAnswers { get; } = [];
    public List<SurveyResponse> SurveyResponses { get; } = [];
    public List<FollowUpSurvey> FollowUpSurveys { get; } = [];
    public List<FollowUpResponse> FollowUpResponses { get; } = [];
}
