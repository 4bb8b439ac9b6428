namespace SilkRoad.Training.Access;

/// <summary>What an account is assigned to: a programme to manage, a session to teach, a partner to coordinate for.</summary>
public enum AssignmentKind
{
    ProgrammeManager,
    SessionInstructor,
    PartnerCoordinator,
}
