using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SilkRoad.Training.Certificates;
using SilkRoad.Training.DemoData;
using SilkRoad.Training.Reports;
using SilkRoad.Training.Storage;

namespace SilkRoad.Training;

public static class TrainingServiceCollectionExtensions
{
    /// <summary>
    /// The training base, stored in the catalogue's database: call after <c>AddCatalogue</c>, whose
    /// <c>StorageOptions</c> it shares.
    /// </summary>
    public static IServiceCollection AddTraining(this IServiceCollection services)
    {
        services.AddSingleton<TrainingDbContextFactory>();
        services.AddSingleton<TrainingStoreInitializer>();
        services.AddSingleton<TrainingDemoSeeder>();
        services.AddSingleton<TrainingReports>();
        services.AddSingleton<TrainingFiguresReader>();
        services.AddSingleton<Alumni.AlumniDirectory>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CertificateIssuer>();
        services.AddSingleton<CertificateVerifier>();
        services.AddSingleton<Applications.ApplicationSubmitter>();
        services.AddSingleton<Applications.CallsForApplications>();
        services.AddSingleton<Enrolments.Admissions>();
        services.AddSingleton<Access.TrainingActors>();
        services.AddSingleton<Trainees.TraineePersonalData>();
        services.AddSingleton<Access.TrainingAssignments>();
        services.AddSingleton<Applications.ApplicationDecisions>();
        services.AddSingleton<Applications.ManagerDesk>();
        services.AddSingleton<Applications.ReviewAssignments>();
        services.AddSingleton<Applications.Nominations>();
        services.AddSingleton<Trainees.TraineeRecords>();
        services.AddSingleton<Invitations.InvitationLetters>();
        services.AddSingleton<Cohorts.CohortImporter>();
        services.AddSingleton<Cohorts.CohortUploads>();
        services.AddSingleton<Attendance.AttendanceRegister>();
        services.AddSingleton<Enrolments.SessionCompletion>();
        services.AddSingleton<Enrolments.Withdrawals>();
        services.AddSingleton<Learning.CatalogueTitles>();
        services.AddSingleton<Learning.CourseContent>();
        services.AddSingleton<Learning.OnlineLearning>();
        services.AddSingleton<Feedback.FeedbackSurvey>();
        services.AddSingleton<Sessions.SessionOverviewReader>();
        services.AddSingleton<Partners.PartnerDirectory>();
        services.AddSingleton<FollowUp.FollowUpSurveys>();
        return services;
    }
}
