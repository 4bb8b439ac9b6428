namespace SilkRoad.Training.Partners;

/// <summary>A cooperation agreement with a partner: when it was signed, the period it covers and what it covers.</summary>
public sealed class PartnerAgreement
{
    public int Id { get; set; }
    public int PartnerId { get; set; }
    public DateOnly SignedOn { get; set; }
    public DateOnly StartsOn { get; set; }

    /// <summary>Null for an agreement without an end date.</summary>
    public DateOnly? EndsOn { get; set; }

    public required string Scope { get; set; }
}
