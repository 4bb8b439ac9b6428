namespace SilkRoad.Training.Applications;

/// <summary>What a manager decides on an application.</summary>
public enum ApplicationDecision
{
    Admit,
    Waitlist,
    Reject,
}
