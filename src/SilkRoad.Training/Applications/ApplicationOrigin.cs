namespace SilkRoad.Training.Applications;

/// <summary>
/// How an application came in, beside what the form says: the portal language it was made in (the decision is
/// written in it), the partner that nominated the person, and the signed-in account of the person themselves. Never
/// bound from a form: the host fills it in from the request, so that nobody names another partner or account.
/// </summary>
/// <param name="ApplicantUserId">The applicant's own signed-in account, with <paramref name="ApplicantEmail"/> its
/// confirmed address: the trainee record is linked to the account only when the form's address is that one.</param>
public sealed record ApplicationOrigin(
    string Language,
    int? NominatedByPartnerId = null,
    string? ApplicantUserId = null,
    string? ApplicantEmail = null)
{
    public static ApplicationOrigin English { get; } = new("en");
}
