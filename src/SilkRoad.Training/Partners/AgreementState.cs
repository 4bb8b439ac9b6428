namespace SilkRoad.Training.Partners;

/// <summary>Where an agreement stands on a given day: not begun, in force, or past its end date.</summary>
public enum AgreementState
{
    Upcoming,
    Current,
    Expired,
}
