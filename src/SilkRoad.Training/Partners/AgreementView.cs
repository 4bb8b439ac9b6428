namespace SilkRoad.Training.Partners;

/// <summary>An agreement as the partners' pages show it, with where it stands today.</summary>
public sealed record AgreementView(DateOnly SignedOn, DateOnly StartsOn, DateOnly? EndsOn, string Scope, AgreementState State)
{
    public static AgreementView Of(PartnerAgreement agreement, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var state = agreement.StartsOn > today ? AgreementState.Upcoming
            : agreement.EndsOn is { } end && end < today ? AgreementState.Expired
            : AgreementState.Current;
        return new AgreementView(agreement.SignedOn, agreement.StartsOn, agreement.EndsOn, agreement.Scope, state);
    }
}
