namespace SilkRoad.Training.Enrolments;

public enum WithdrawalOutcome
{
    Withdrawn,

    /// <summary>The trainee has no application or enrolment in the session (or the session is not theirs to see).</summary>
    NotFound,

    /// <summary>The session has begun: a place is no longer given up from the trainee's record.</summary>
    SessionStarted,

    /// <summary>Everything the trainee had in the session is decided against, withdrawn already or completed.</summary>
    NothingToWithdraw,
}
