namespace SilkRoad.Training.FollowUp;

public enum FollowUpOpenOutcome
{
    Opened,
    AlreadyOpen,
    NotEnded,
    NotFound,
}
