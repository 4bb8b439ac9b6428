using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SilkRoad.Core.PersonalData;
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

namespace SilkRoad.Training.Storage;

/// <summary>
/// The training base's model, in the catalogue's database (same provider and connection string) with migrations of its
/// own, recorded in <see cref="MigrationsHistoryTable"/>. Each provider has a subclass only to carry its migrations.
/// Enumerations are stored as their names, so that the tables read plainly in SQL and reports.
/// </summary>
public abstract class TrainingDbContext(DbContextOptions options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__TrainingMigrationsHistory";

    /// <summary>Encrypts the trainees' personal fields (<see cref="PersonalFieldConverters"/>); set by <see cref="TrainingDbContextFactory"/> before first use.</summary>
    internal IPersonalDataProtector Protector { get; set; } = new DesignTimeProtector();

    public DbSet<Topic> Topics => Set<Topic>();
    public DbSet<Course> Courses => Set<Course>();
    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<Session> Sessions => Set<Session>();
    public DbSet<SessionCountry> SessionCountries => Set<SessionCountry>();
    public DbSet<SessionPartner> SessionPartners => Set<SessionPartner>();
    public DbSet<ScheduleItem> ScheduleItems => Set<ScheduleItem>();
    public DbSet<PartnerInstitution> Partners => Set<PartnerInstitution>();
    public DbSet<PartnerContact> PartnerContacts => Set<PartnerContact>();
    public DbSet<PartnerAgreement> PartnerAgreements => Set<PartnerAgreement>();
    public DbSet<Trainee> Trainees => Set<Trainee>();
    public DbSet<TrainingApplication> Applications => Set<TrainingApplication>();
    public DbSet<Enrolment> Enrolments => Set<Enrolment>();
    public DbSet<AttendanceRecord> Attendance => Set<AttendanceRecord>();
    public DbSet<Certificate> Certificates => Set<Certificate>();
    public DbSet<ProgrammeManager> ProgrammeManagers => Set<ProgrammeManager>();
    public DbSet<ApplicationReview> ApplicationReviews => Set<ApplicationReview>();
    public DbSet<PartnerCoordinator> PartnerCoordinators => Set<PartnerCoordinator>();
    public DbSet<SessionInstructor> SessionInstructors => Set<SessionInstructor>();
    public DbSet<CourseMaterial> CourseMaterials => Set<CourseMaterial>();
    public DbSet<MaterialView> MaterialViews => Set<MaterialView>();
    public DbSet<QuizQuestion> QuizQuestions => Set<QuizQuestion>();
    public DbSet<QuizAnswer> QuizAnswers => Set<QuizAnswer>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<FollowUpSurvey> FollowUpSurveys => Set<FollowUpSurvey>();
    public DbSet<FollowUpResponse> FollowUpResponses => Set<FollowUpResponse>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<Topic>(topic =>
        {
            topic.ToTable("TrainingTopics");
            topic.HasIndex(t => t.Code).IsUnique();
            topic.Property(t => t.Code).HasMaxLength(64);
            Texts(topic.OwnsMany(t => t.Texts), "TrainingTopicTexts", "TopicId");
        });
        modelBuilder.Entity<Course>(course =>
        {
            course.ToTable("TrainingCourses");
            course.HasIndex(c => c.Code).IsUnique();
            course.Property(c => c.Code).HasMaxLength(64);
            course.Property(c => c.Instructor).HasMaxLength(200);
            course.HasOne<Topic>().WithMany().HasForeignKey(c => c.TopicId).OnDelete(DeleteBehavior.Restrict);
            Texts(course.OwnsMany(c => c.Texts), "TrainingCourseTexts", "CourseId");
        });
        modelBuilder.Entity<Programme>(programme =>
        {
            programme.ToTable("TrainingProgrammes");
            programme.HasIndex(p => p.Code).IsUnique();
            programme.Property(p => p.Code).HasMaxLength(64);
            programme.HasOne<Topic>().WithMany().HasForeignKey(p => p.TopicId).OnDelete(DeleteBehavior.Restrict);
            Texts(programme.OwnsMany(p => p.Texts), "TrainingProgrammeTexts", "ProgrammeId");
        });
        modelBuilder.Entity<Session>(session =>
        {
            session.ToTable("TrainingSessions");
            session.HasIndex(s => s.Number).IsUnique();
            session.HasIndex(s => s.ProgrammeId);
            session.Property(s => s.Mode).HasConversion<string>().HasMaxLength(16);
            session.Property(s => s.InstructionLanguage).HasMaxLength(8);
            session.Property(s => s.Venue).HasMaxLength(300);
            session.Property(s => s.Platform).HasMaxLength(300);
            session.HasOne<Programme>().WithMany().HasForeignKey(s => s.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
            session.HasMany(s => s.TargetCountries).WithOne().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Cascade);
            session.HasMany(s => s.Partners).WithOne().HasForeignKey(p => p.SessionId).OnDelete(DeleteBehavior.Cascade);
            session.HasMany(s => s.Schedule).WithOne().HasForeignKey(i => i.SessionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SessionCountry>(country =>
        {
            country.ToTable("TrainingSessionCountries");
            country.HasKey(c => new { c.SessionId, c.CountryCode });
            country.Property(c => c.CountryCode).HasMaxLength(2);
        });
        modelBuilder.Entity<SessionPartner>(partner =>
        {
            partner.ToTable("TrainingSessionPartners");
            partner.HasKey(p => new { p.SessionId, p.PartnerId });
            partner.HasIndex(p => p.PartnerId);
            partner.HasOne<PartnerInstitution>().WithMany().HasForeignKey(p => p.PartnerId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<ScheduleItem>(item =>
        {
            item.ToTable("TrainingScheduleItems");
            item.HasIndex(i => i.SessionId);
            item.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
            item.Property(i => i.Title).HasMaxLength(300);
            item.Property(i => i.Place).HasMaxLength(300);
            item.HasOne<Course>().WithMany().HasForeignKey(i => i.CourseId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<PartnerInstitution>(partner =>
        {
            partner.ToTable("TrainingPartners");
            partner.Property(p => p.Name).HasMaxLength(300);
            partner.Property(p => p.LatinName).HasMaxLength(300);
            partner.Property(p => p.CountryCode).HasMaxLength(2);
            partner.HasMany(p => p.Contacts).WithOne().HasForeignKey(c => c.PartnerId).OnDelete(DeleteBehavior.Cascade);
            partner.HasMany(p => p.Agreements).WithOne().HasForeignKey(a => a.PartnerId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PartnerContact>(contact => contact.ToTable("TrainingPartnerContacts"));
        modelBuilder.Entity<PartnerAgreement>(agreement => agreement.ToTable("TrainingPartnerAgreements"));
        modelBuilder.Entity<Trainee>(trainee =>
        {
            trainee.ToTable("Trainees");
            trainee.Property(t => t.NativeName).HasMaxLength(300);
            trainee.Property(t => t.LatinName).HasMaxLength(300);
            trainee.Property(t => t.CountryCode).HasMaxLength(2);
            trainee.Property(t => t.Gender).HasConversion<string>().HasMaxLength(16);
            trainee.Property(t => t.Languages).HasMaxLength(64);
            trainee.Property(t => t.EmailKey).HasMaxLength(320);
            trainee.Property(t => t.PersonKey).HasMaxLength(64).HasConversion(PersonalFieldConverters.Fingerprint(Protector));
            trainee.Property(t => t.BirthDate).HasConversion(PersonalFieldConverters.Date(Protector)).HasMaxLength(1024);
            trainee.Property(t => t.Phone).HasConversion(PersonalFieldConverters.Text(Protector)).HasMaxLength(1024);
            trainee.Property(t => t.PassportNumber).HasConversion(PersonalFieldConverters.Text(Protector)).HasMaxLength(1024);
            trainee.Property(t => t.Address).HasConversion(PersonalFieldConverters.Text(Protector)).HasMaxLength(2048);
            // Both providers allow many NULLs in a unique index, so a person with no e-mail or birth date is never a clash.
            trainee.HasIndex(t => t.EmailKey).IsUnique();
            trainee.HasIndex(t => t.PersonKey).IsUnique();
            trainee.HasIndex(t => t.CountryCode);
            trainee.Property(t => t.UserId).HasMaxLength(64);
            trainee.HasIndex(t => t.UserId).IsUnique();
        });
        modelBuilder.Entity<TrainingApplication>(application =>
        {
            application.ToTable("TrainingApplications");
            application.HasIndex(a => new { a.SessionId, a.TraineeId }).IsUnique();
            application.HasIndex(a => a.TraineeId);
            application.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
            application.Property(a => a.Language).HasMaxLength(8);
            application.Property(a => a.WithdrawalReason).HasMaxLength(Withdrawals.MaxReasonLength);
            application.HasOne<Session>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Restrict);
            application.HasOne<Trainee>().WithMany().HasForeignKey(a => a.TraineeId).OnDelete(DeleteBehavior.Restrict);
            application.HasOne<PartnerInstitution>().WithMany().HasForeignKey(a => a.NominatedByPartnerId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<Enrolment>(enrolment =>
        {
            enrolment.ToTable("TrainingEnrolments");
            enrolment.HasIndex(e => new { e.SessionId, e.TraineeId }).IsUnique();
            enrolment.HasIndex(e => e.TraineeId);
            enrolment.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
            enrolment.Property(e => e.WithdrawalReason).HasMaxLength(Withdrawals.MaxReasonLength);
            enrolment.HasOne<Session>().WithMany().HasForeignKey(e => e.SessionId).OnDelete(DeleteBehavior.Restrict);
            enrolment.HasOne<Trainee>().WithMany().HasForeignKey(e => e.TraineeId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<AttendanceRecord>(record =>
        {
            record.ToTable("TrainingAttendance");
            record.HasKey(r => new { r.EnrolmentId, r.ScheduleItemId });
            record.HasOne<Enrolment>().WithMany().HasForeignKey(r => r.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
            // No foreign key to the schedule item: that would add an index written for every row of the biggest table.
        });
        modelBuilder.Entity<Certificate>(certificate =>
        {
            certificate.ToTable("TrainingCertificates");
            certificate.HasIndex(c => c.Code).IsUnique();
            certificate.HasIndex(c => c.EnrolmentId).IsUnique();
            certificate.Property(c => c.Code).HasMaxLength(32);
            certificate.Property(c => c.IssuedBy).HasMaxLength(200);
            certificate.Property(c => c.RevokedBy).HasMaxLength(200);
            certificate.Property(c => c.RevocationReason).HasMaxLength(1000);
            certificate.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
            certificate.HasOne<Enrolment>().WithMany().HasForeignKey(c => c.EnrolmentId).OnDelete(DeleteBehavior.Restrict);
        });
        Assignments(modelBuilder);
        Learning(modelBuilder);
        FollowUps(modelBuilder);
    }

    private static void FollowUps(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FollowUpSurvey>(survey =>
        {
            survey.ToTable("TrainingFollowUpSurveys");
            survey.HasIndex(f => f.SessionId).IsUnique();
            survey.Property(f => f.OpenedBy).HasMaxLength(64);
            survey.HasOne<Session>().WithMany().HasForeignKey(f => f.SessionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<FollowUpResponse>(response =>
        {
            response.ToTable("TrainingFollowUpResponses");
            response.HasIndex(r => r.EnrolmentId).IsUnique();
            response.Property(r => r.Comment).HasMaxLength(SurveyResponse.MaxCommentLength);
            response.HasOne<Enrolment>().WithMany().HasForeignKey(r => r.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    private static void Learning(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CourseMaterial>(material =>
        {
            material.ToTable("TrainingCourseMaterials");
            material.HasIndex(m => m.SessionId);
            material.Property(m => m.VideoUrl).HasMaxLength(CourseMaterial.MaxUrlLength);
            material.Property(m => m.Title).HasMaxLength(CourseMaterial.MaxTitleLength);
            material.HasOne<Session>().WithMany().HasForeignKey(m => m.SessionId).OnDelete(DeleteBehavior.Cascade);
            material.HasOne<ScheduleItem>().WithMany().HasForeignKey(m => m.ScheduleItemId).OnDelete(DeleteBehavior.SetNull);
        });
        modelBuilder.Entity<MaterialView>(view =>
        {
            view.ToTable("TrainingMaterialViews");
            view.HasKey(v => new { v.EnrolmentId, v.MaterialId });
            view.HasIndex(v => v.MaterialId);
            view.HasOne<Enrolment>().WithMany().HasForeignKey(v => v.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
            view.HasOne<CourseMaterial>().WithMany().HasForeignKey(v => v.MaterialId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<QuizQuestion>(question =>
        {
            question.ToTable("TrainingQuizQuestions");
            question.HasIndex(q => q.SessionId);
            question.Property(q => q.Text).HasMaxLength(QuizQuestion.MaxTextLength);
            question.Property(q => q.Options).HasMaxLength(2000);
            question.Ignore(q => q.OptionList);
            question.HasOne<Session>().WithMany().HasForeignKey(q => q.SessionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<QuizAnswer>(answer =>
        {
            answer.ToTable("TrainingQuizAnswers");
            answer.HasKey(a => new { a.EnrolmentId, a.QuestionId });
            answer.HasIndex(a => a.QuestionId);
            answer.HasOne<Enrolment>().WithMany().HasForeignKey(a => a.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
            answer.HasOne<QuizQuestion>().WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SurveyResponse>(response =>
        {
            response.ToTable("TrainingSurveyResponses");
            response.HasIndex(r => r.EnrolmentId).IsUnique();
            response.Property(r => r.Comment).HasMaxLength(SurveyResponse.MaxCommentLength);
            response.HasOne<Enrolment>().WithMany().HasForeignKey(r => r.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    private static void Assignments(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ProgrammeManager>(manager =>
        {
            manager.ToTable("TrainingProgrammeManagers");
            manager.HasKey(m => new { m.ProgrammeId, m.UserId });
            manager.HasIndex(m => m.UserId);
            manager.Property(m => m.UserId).HasMaxLength(64);
            manager.HasOne<Programme>().WithMany().HasForeignKey(m => m.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SessionInstructor>(instructor =>
        {
            instructor.ToTable("TrainingSessionInstructors");
            instructor.HasKey(i => new { i.SessionId, i.UserId });
            instructor.HasIndex(i => i.UserId);
            instructor.Property(i => i.UserId).HasMaxLength(64);
            instructor.HasOne<Session>().WithMany().HasForeignKey(i => i.SessionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ApplicationReview>(review =>
        {
            review.ToTable("TrainingApplicationReviews");
            review.HasKey(r => new { r.ApplicationId, r.ReviewerId });
            review.HasIndex(r => r.ReviewerId);
            review.Property(r => r.ReviewerId).HasMaxLength(64);
            review.Property(r => r.Comment).HasMaxLength(4000);
            review.HasOne<TrainingApplication>().WithMany().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PartnerCoordinator>(coordinator =>
        {
            coordinator.ToTable("TrainingPartnerCoordinators");
            coordinator.HasKey(c => new { c.PartnerId, c.UserId });
            coordinator.HasIndex(c => c.UserId).IsUnique();
            coordinator.Property(c => c.UserId).HasMaxLength(64);
            coordinator.HasOne<PartnerInstitution>().WithMany().HasForeignKey(c => c.PartnerId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    private static void Texts<TOwner>(OwnedNavigationBuilder<TOwner, LocalizedTitle> texts, string table, string ownerKey)
        where TOwner : class
    {
        texts.ToTable(table);
        texts.WithOwner().HasForeignKey(ownerKey);
        texts.HasKey(ownerKey, nameof(LocalizedTitle.Language));
        texts.Property(t => t.Language).HasMaxLength(8);
        texts.Property(t => t.Title).HasMaxLength(500);
    }
}
