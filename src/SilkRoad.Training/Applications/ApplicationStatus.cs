namespace SilkRoad.Training.Applications;

public enum ApplicationStatus
{
    Submitted,
    Admitted,
    Waitlisted,
    Rejected,
    Withdrawn,
}
