namespace SilkRoad.Training.Partners;

public sealed class PartnerContact
{
    public int Id { get; set; }
    public int PartnerId { get; set; }
    public required string Name { get; set; }
    public string? Role { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
}
