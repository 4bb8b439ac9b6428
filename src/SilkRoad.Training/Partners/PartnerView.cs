namespace SilkRoad.Training.Partners;

/// <summary>A partner institution as its pages show it: who to contact, its agreements and the sessions it nominated people to, latest first.</summary>
public sealed record PartnerView(
    int Id,
    string Name,
    string LatinName,
    string CountryCode,
    string? City,
    IReadOnlyList<PartnerContact> Contacts,
    IReadOnlyList<AgreementView> Agreements,
    IReadOnlyList<NominatedSession> Sessions)
{
    public int Nominated => Sessions.Sum(s => s.Nominated);
}
