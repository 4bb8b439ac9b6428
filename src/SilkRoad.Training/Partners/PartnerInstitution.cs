namespace SilkRoad.Training.Partners;

/// <summary>A university, ministry or company abroad that the base works with and that nominates trainees.</summary>
public sealed class PartnerInstitution
{
    public int Id { get; set; }

    /// <summary>The name as the institution writes it (native script).</summary>
    public required string Name { get; set; }

    /// <summary>The name in Latin script, for sorting and for readers of other scripts.</summary>
    public required string LatinName { get; set; }

    public required string CountryCode { get; set; }
    public string? City { get; set; }
    public List<PartnerContact> Contacts { get; set; } = [];
    public List<PartnerAgreement> Agreements { get; set; } = [];
}
