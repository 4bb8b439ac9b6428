namespace SilkRoad.Training.Applications;

/// <summary>
/// One application as the manager's desk lists it: who (no contact data or birth date), from where, nominated by
/// which partner, where it stands, and the reviewers' scores with their mean (null until one has scored).
/// </summary>
public sealed record ApplicationSummary(
    int Id,
    int SessionNumber,
    string NativeName,
    string LatinName,
    string CountryCode,
    string? Institution,
    string? Discipline,
    ApplicationStatus Status,
    string? NominatedBy,
    DateTime SubmittedAt,
    IReadOnlyList<ApplicationReviewView> Reviews)
{
    public double? MeanScore => Reviews.Any(r => r.Score is not null) ? Reviews.Where(r => r.Score is not null).Average(r => r.Score!.Value) : null;
}
