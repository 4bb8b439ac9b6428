namespace SilkRoad.Training.Enrolments;

public enum AdmissionOutcome
{
    Admitted,
    SessionFull,
    AlreadyDecided,
    ApplicationNotFound,
}
