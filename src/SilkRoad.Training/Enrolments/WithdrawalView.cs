using SilkRoad.Training.Applications;

namespace SilkRoad.Training.Enrolments;

/// <summary>What the trainee confirms before withdrawing: the session, where their application and place stand, and whether it can still be done.</summary>
public sealed record WithdrawalView(
    int SessionId,
    int SessionNumber,
    string ProgrammeTitle,
    DateOnly StartsOn,
    DateOnly EndsOn,
    ApplicationStatus? ApplicationStatus,
    EnrolmentStatus? EnrolmentStatus,
    WithdrawalOutcome Refusal)
{
    /// <summary>Whether a withdrawal would go through now (<see cref="Refusal"/> says why not, otherwise).</summary>
    public bool CanWithdraw => Refusal == WithdrawalOutcome.Withdrawn;
}
