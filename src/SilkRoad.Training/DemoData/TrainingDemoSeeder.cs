using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SilkRoad.Core.PersonalData;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Storage;

namespace SilkRoad.Training.DemoData;

/// <summary>
/// Writes the demo training base (<see cref="TrainingDemoGenerator"/>) into an empty training store, in one
/// transaction, by bulk insert: about 230,000 rows, most of them attendance, in a second or two rather than the
/// minute the change tracker would take.
/// </summary>
public sealed class TrainingDemoSeeder(TrainingDbContextFactory contexts, TimeProvider time)
{
    /// <summary>Seeds when the store has no topic yet; false when it already had some and nothing was written.</summary>
    public async Task<bool> SeedWhenEmptyAsync(CancellationToken cancellationToken)
    {
        await using var context = contexts.Create();
        if (await context.Topics.AnyAsync(cancellationToken)) return false;
        var data = TrainingDemoGenerator.Generate(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        await context.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var writer = new BulkTableWriter(context.Database.GetDbConnection(), transaction.GetDbTransaction(), contexts.Provider);
        await WriteAsync(writer, data, contexts.Protector, cancellationToken);
        foreach (var table in IdentityTables) await writer.AdvanceIdentityAsync(table, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static readonly string[] IdentityTables =
    [
        "TrainingTopics", "TrainingCourses", "TrainingProgrammes", "TrainingPartners", "TrainingPartnerContacts",
        "TrainingPartnerAgreements", "TrainingSessions", "TrainingScheduleItems", "Trainees", "TrainingApplications",
        "TrainingEnrolments", "TrainingCertificates", "TrainingCourseMaterials", "TrainingQuizQuestions", "TrainingSurveyResponses",
        "TrainingFollowUpSurveys", "TrainingFollowUpResponses",
    ];

    private static async Task WriteAsync(BulkTableWriter writer, TrainingDemoData data, IPersonalDataProtector protector, CancellationToken ct)
    {
        await writer.WriteAsync("TrainingTopics", ["Id", "Code"], data.Topics.Select(t => new object?[] { t.Id, t.Code }), ct);
        await writer.WriteAsync("TrainingTopicTexts", ["TopicId", "Language", "Title", "Description"],
            data.Topics.SelectMany(t => Texts(t.Id, t.Texts)), ct);
        await writer.WriteAsync("TrainingCourses", ["Id", "TopicId", "Code", "Instructor", "Hours", "MaterialsUrl"],
            data.Courses.Select(c => new object?[] { c.Id, c.TopicId, c.Code, c.Instructor, c.Hours, c.MaterialsUrl }), ct);
        await writer.WriteAsync("TrainingCourseTexts", ["CourseId", "Language", "Title", "Description"],
            data.Courses.SelectMany(c => Texts(c.Id, c.Texts)), ct);
        await writer.WriteAsync("TrainingProgrammes", ["Id", "TopicId", "Code"],
            data.Programmes.Select(p => new object?[] { p.Id, p.TopicId, p.Code }), ct);
        await writer.WriteAsync("TrainingProgrammeTexts", ["ProgrammeId", "Language", "Title", "Description"],
            data.Programmes.SelectMany(p => Texts(p.Id, p.Texts)), ct);
        await writer.WriteAsync("TrainingPartners", ["Id", "Name", "LatinName", "CountryCode", "City"],
            data.Partners.Select(p => new object?[] { p.Id, p.Name, p.LatinName, p.CountryCode, p.City }), ct);
        await writer.WriteAsync("TrainingPartnerContacts", ["Id", "PartnerId", "Name", "Role", "Email", "Phone"],
            data.Partners.SelectMany(p => p.Contacts).Select(c => new object?[] { c.Id, c.PartnerId, c.Name, c.Role, c.Email, c.Phone }), ct);
        await writer.WriteAsync("TrainingPartnerAgreements", ["Id", "PartnerId", "SignedOn", "StartsOn", "EndsOn", "Scope"],
            data.Partners.SelectMany(p => p.Agreements).Select(a => new object?[] { a.Id, a.PartnerId, a.SignedOn, a.StartsOn, a.EndsOn, a.Scope }), ct);
        await writer.WriteAsync("TrainingSessions",
            ["Id", "ProgrammeId", "Number", "StartsOn", "EndsOn", "Mode", "Venue", "Platform", "InstructionLanguage", "Capacity", "ApplicationDeadline"],
            data.Sessions.Select(s => new object?[]
            {
                s.Id, s.ProgrammeId, s.Number, s.StartsOn, s.EndsOn, s.Mode.ToString(), s.Venue, s.Platform, s.InstructionLanguage,
                s.Capacity, s.ApplicationDeadline,
            }), ct);
        await writer.WriteAsync("TrainingSessionCountries", ["SessionId", "CountryCode"],
            data.Sessions.SelectMany(s => s.TargetCountries).Select(c => new object?[] { c.SessionId, c.CountryCode }), ct);
        await writer.WriteAsync("TrainingSessionPartners", ["SessionId", "PartnerId"],
            data.Sessions.SelectMany(s => s.Partners).Select(p => new object?[] { p.SessionId, p.PartnerId }), ct);
        await writer.WriteAsync("TrainingScheduleItems", ["Id", "SessionId", "Day", "Kind", "CourseId", "Title", "Place"],
            data.Sessions.SelectMany(s => s.Schedule).Select(i => new object?[] { i.Id, i.SessionId, i.Day, i.Kind.ToString(), i.CourseId, i.Title, i.Place }), ct);
        await writer.WriteAsync("Trainees",
            ["Id", "NativeName", "LatinName", "BirthDate", "CountryCode", "Institution", "Gender", "Discipline", "Languages", "Email", "Phone", "EmailKey", "PersonKey", "AlumniOptIn"],
            data.Trainees.Select(t => new object?[]
            {
                t.Id, t.NativeName, t.LatinName, PersonalFieldConverters.StoredDate(protector, t.BirthDate), t.CountryCode, t.Institution,
                t.Gender.ToString(), t.Discipline, t.Languages, t.Email, t.Phone is null ? null : protector.Protect(t.Phone), t.EmailKey,
                t.PersonKey is null ? null : protector.Fingerprint(t.PersonKey), t.AlumniOptIn,
            }), ct);
        await writer.WriteAsync("TrainingApplications",
            ["Id", "SessionId", "TraineeId", "SubmittedAt", "Status", "NominatedByPartnerId", "Score", "Motivation", "Language"],
            data.Applications.Select(a => new object?[]
            {
                a.Id, a.SessionId, a.TraineeId, a.SubmittedAt, a.Status.ToString(), a.NominatedByPartnerId, a.Score, a.Motivation, a.Language,
            }), ct);
        await writer.WriteAsync("TrainingEnrolments", ["Id", "SessionId", "TraineeId", "EnrolledAt", "Status"],
            data.Enrolments.Select(e => new object?[] { e.Id, e.SessionId, e.TraineeId, e.EnrolledAt, e.Status.ToString() }), ct);
        await writer.WriteAsync("TrainingAttendance", ["EnrolmentId", "ScheduleItemId", "Present"],
            data.Attendance.Select(a => new object?[] { a.EnrolmentId, a.ScheduleItemId, a.Present }), ct);
        await writer.WriteAsync("TrainingCertificates",
            ["Id", "Code", "EnrolmentId", "IssuedAt", "IssuedBy", "Status", "RevokedAt", "RevokedBy", "RevocationReason"],
            data.Certificates.Select(c => new object?[]
            {
                c.Id, c.Code, c.EnrolmentId, c.IssuedAt, c.IssuedBy, c.Status.ToString(), c.RevokedAt, c.RevokedBy, c.RevocationReason,
            }), ct);
        await WriteActivityAsync(writer, data, ct);
    }

    private static async Task WriteActivityAsync(BulkTableWriter writer, TrainingDemoData data, CancellationToken ct)
    {
        await writer.WriteAsync("TrainingCourseMaterials", ["Id", "SessionId", "ScheduleItemId", "ResourceId", "VideoUrl", "Title", "Position"],
            data.Materials.Select(m => new object?[] { m.Id, m.SessionId, m.ScheduleItemId, m.ResourceId, m.VideoUrl, m.Title, m.Position }), ct);
        await writer.WriteAsync("TrainingMaterialViews", ["EnrolmentId", "MaterialId", "FirstViewedAt"],
            data.MaterialViews.Select(v => new object?[] { v.EnrolmentId, v.MaterialId, v.FirstViewedAt }), ct);
        await writer.WriteAsync("TrainingQuizQuestions", ["Id", "SessionId", "Text", "Options", "CorrectOption", "Position"],
            data.QuizQuestions.Select(q => new object?[] { q.Id, q.SessionId, q.Text, q.Options, q.CorrectOption, q.Position }), ct);
        await writer.WriteAsync("TrainingQuizAnswers", ["EnrolmentId", "QuestionId", "ChosenOption", "Correct", "AnsweredAt"],
            data.QuizAnswers.Select(a => new object?[] { a.EnrolmentId, a.QuestionId, a.ChosenOption, a.Correct, a.AnsweredAt }), ct);
        await writer.WriteAsync("TrainingSurveyResponses", ["Id", "EnrolmentId", "SubmittedAt", "Content", "Instruction", "Organisation", "Usefulness", "Comment"],
            data.SurveyResponses.Select(r => new object?[] { r.Id, r.EnrolmentId, r.SubmittedAt, r.Content, r.Instruction, r.Organisation, r.Usefulness, r.Comment }), ct);
        await writer.WriteAsync("TrainingFollowUpSurveys", ["Id", "SessionId", "OpenedAt", "OpenedBy"],
            data.FollowUpSurveys.Select(f => new object?[] { f.Id, f.SessionId, f.OpenedAt, f.OpenedBy }), ct);
        await writer.WriteAsync("TrainingFollowUpResponses",
            ["Id", "EnrolmentId", "SubmittedAt", "StillInField", "AppliedLearning", "Promoted", "WouldRecommend", "Comment"],
            data.FollowUpResponses.Select(r => new object?[] { r.Id, r.EnrolmentId, r.SubmittedAt, r.StillInField, r.AppliedLearning, r.Promoted, r.WouldRecommend, r.Comment }), ct);
    }

    private static IEnumerable<object?[]> Texts(int ownerId, IEnumerable<LocalizedTitle> texts) =>
        texts.Select(t => new object?[] { ownerId, t.Language, t.Title, t.Description });
}
