namespace SilkRoad.Training.Programmes;

/// <summary>A partner institution taking part in a session (co-organising it or nominating trainees to it).</summary>
public sealed class SessionPartner
{
    public int SessionId { get; set; }
    public int PartnerId { get; set; }
}
