namespace SilkRoad.Training.Partners;

/// <summary>An account that speaks for a partner institution: it nominates that institution's people and sees only their nominations.</summary>
public sealed class PartnerCoordinator
{
    public int PartnerId { get; set; }

    /// <summary>The account's id in the accounts module.</summary>
    public required string UserId { get; set; }
}
