namespace SilkRoad.Training.Enrolments;

public enum EnrolmentStatus
{
    Enrolled,
    Completed,
    Withdrawn,
}
