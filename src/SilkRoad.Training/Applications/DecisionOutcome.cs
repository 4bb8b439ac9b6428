namespace SilkRoad.Training.Applications;

public enum DecisionOutcome
{
    /// <summary>The decision was made as asked.</summary>
    Decided,

    /// <summary>Admission was asked but the session has no free place: the applicant is waitlisted instead.</summary>
    WaitlistedSessionFull,

    /// <summary>The application was decided already (only a waitlisted one may still be admitted).</summary>
    AlreadyDecided,

    /// <summary>No such application among those the actor manages.</summary>
    ApplicationNotFound,
}
