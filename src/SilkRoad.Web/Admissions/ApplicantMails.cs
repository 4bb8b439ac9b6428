using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SilkRoad.Accounts.Mail;
using SilkRoad.Accounts.Users;
using SilkRoad.Training.Applications;
using SilkRoad.Web.Cultures;

namespace SilkRoad.Web.Admissions;

/// <summary>
/// Tells an applicant of a decision, in the language they applied in (not the manager's). An admission links the
/// invitation letter under "my record", which the person opens after signing in with the address the mail went to
/// (their account is then linked to their record; see <see cref="Training.Trainees.TraineeRecords"/>). A link rather
/// than an attachment: the mail module sends plain text, and the letter stays behind sign-in.
/// </summary>
public sealed class ApplicantMails(IMailSender sender, IStringLocalizer<TrainingText> training, IOptions<AccountsOptions> accounts,
    IHttpContextAccessor http)
{
    public async Task SendAsync(ApplicantNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        OutgoingMail mail;
        using (var scope = new CultureScope(notice.Language))
        {
            var culture = scope.Culture;
            var name = notice.NativeName == notice.LatinName ? notice.NativeName : $"{notice.NativeName} ({notice.LatinName})";
            var starts = notice.StartsOn.ToString("D", culture.Culture);
            var ends = notice.EndsOn.ToString("D", culture.Culture);
            var body = notice.Status switch
            {
                ApplicationStatus.Admitted => training["Mail.Admitted.Body", name, notice.SessionNumber, notice.ProgrammeTitle, starts, ends,
                    $"{Origin()}/{culture.Code}/my/applications/{notice.ApplicationId}/invitation"],
                ApplicationStatus.Waitlisted => training["Mail.Waitlisted.Body", name, notice.SessionNumber, notice.ProgrammeTitle, starts, ends],
                _ => training["Mail.Rejected.Body", name, notice.SessionNumber, notice.ProgrammeTitle, starts, ends],
            };
            mail = new OutgoingMail(notice.Email, training["Mail.Decision.Subject", notice.SessionNumber], body);
        }
        await sender.SendAsync(mail, cancellationToken);
    }

    private string Origin()
    {
        var origin = accounts.Value.PublicUrl?.TrimEnd('/');
        if (origin is not null) return origin;
        var request = (http.HttpContext ?? throw new InvalidOperationException("a link outside a request needs Accounts:PublicUrl")).Request;
        return $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
