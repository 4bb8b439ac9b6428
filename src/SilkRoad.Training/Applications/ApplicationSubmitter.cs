using Microsoft.EntityFrameworkCore;
using SilkRoad.Core.Countries;
using SilkRoad.Training.Storage;
using SilkRoad.Training.Trainees;

namespace SilkRoad.Training.Applications;

/// <summary>
/// Takes an application to a session's call: checks the form, that the call is open (today on or before its deadline)
/// and that the applicant's country is one the session is for, finds the person again (by e-mail, or by name, birth
/// date and country) or records them, and stores the application. Nothing is stored when anything is refused.
/// </summary>
public sealed class ApplicationSubmitter(TrainingDbContextFactory contexts, TimeProvider time)
{
    public Task<ApplicationResult> SubmitAsync(ApplicationForm form, CancellationToken cancellationToken) =>
        SubmitAsync(form, ApplicationOrigin.English, cancellationToken);

    public async Task<ApplicationResult> SubmitAsync(ApplicationForm form, ApplicationOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(origin);
        var now = time.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var problems = ApplicationFormValidator.Validate(form, today);
        await using var context = contexts.Create();
        var session = await context.Sessions.AsNoTracking().Include(s => s.TargetCountries)
            .SingleOrDefaultAsync(s => s.Number == form.SessionNumber, cancellationToken);
        if (session is null) return Refused(problems, ApplicationField.Session, ApplicationProblemCode.UnknownSession);
        if (session.ApplicationDeadline is not { } deadline || today > deadline || today >= session.StartsOn)
            return Refused(problems, ApplicationField.Session, ApplicationProblemCode.CallClosed);
        if (CountryCodes.TryNormalize(form.Country, out var country) && session.TargetCountries.Count > 0
            && session.TargetCountries.All(c => c.CountryCode != country))
            problems.Add(new ApplicationProblem(ApplicationField.Country, ApplicationProblemCode.CountryNotEligible));
        if (problems.Count > 0) return new ApplicationResult(null, problems);

        var born = DateOnly.ParseExact(form.BirthDate!.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var emailKey = TraineeIdentity.EmailKey(form.Email);
        var personKey = TraineeIdentity.PersonKey(form.LatinName, born, country);
        var trainee = await context.Trainees.FirstOrDefaultAsync(t => t.EmailKey == emailKey || t.PersonKey == personKey, cancellationToken);
        if (trainee is null)
        {
            trainee = new Trainee
            {
                NativeName = form.NativeName!.Trim(),
                LatinName = form.LatinName!.Trim(),
                BirthDate = born,
                CountryCode = country!, // validated above: the form's country normalised
                EmailKey = emailKey,
                PersonKey = personKey,
            };
            context.Trainees.Add(trainee);
        }
        // What the person says now is the latest word on their institution, discipline and contact.
        trainee.Institution = form.Institution!.Trim();
        trainee.Discipline = form.Discipline!.Trim();
        trainee.Email = form.Email!.Trim();
        trainee.Phone = string.IsNullOrWhiteSpace(form.Phone) ? trainee.Phone : form.Phone.Trim();
        trainee.PassportNumber = string.IsNullOrWhiteSpace(form.PassportNumber) ? trainee.PassportNumber : form.PassportNumber.Trim();
        trainee.Address = string.IsNullOrWhiteSpace(form.Address) ? trainee.Address : form.Address.Trim();
        if (Enum.TryParse<Gender>(form.Gender, ignoreCase: true, out var gender)) trainee.Gender = gender;
        var languages = ApplicationFormValidator.LanguageCodes(form.Languages);
        if (!string.IsNullOrEmpty(languages)) trainee.Languages = languages;
        if (origin.ApplicantUserId is { } userId && trainee.UserId is null && emailKey == TraineeIdentity.EmailKey(origin.ApplicantEmail)
            && !await context.Trainees.AnyAsync(t => t.UserId == userId, cancellationToken))
            trainee.UserId = userId;

        if (trainee.Id != 0 && await context.Applications.AnyAsync(a => a.SessionId == session.Id && a.TraineeId == trainee.Id, cancellationToken))
            return Refused([], ApplicationField.Session, ApplicationProblemCode.AlreadyApplied);
        var application = new TrainingApplication
        {
            SessionId = session.Id,
            SubmittedAt = now,
            Status = ApplicationStatus.Submitted,
            Motivation = string.IsNullOrWhiteSpace(form.Motivation) ? null : form.Motivation.Trim(),
            Language = origin.Language,
            NominatedByPartnerId = origin.NominatedByPartnerId,
        };
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        await context.SaveChangesAsync(cancellationToken);
        application.TraineeId = trainee.Id;
        context.Applications.Add(application);
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ApplicationResult(application.Id, []);
    }

    private static ApplicationResult Refused(List<ApplicationProblem> problems, ApplicationField field, ApplicationProblemCode code)
    {
        problems.Insert(0, new ApplicationProblem(field, code));
        return new ApplicationResult(null, problems);
    }
}
