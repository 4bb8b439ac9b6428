namespace SilkRoad.Training.Access;

/// <summary>The role names of the accounts module (issue 5), as the training base checks them.</summary>
public static class TrainingRoles
{
    public const string Administrator = "Administrator";
    public const string ProgrammeManager = "ProgrammeManager";
    public const string Instructor = "Instructor";
    public const string Reviewer = "Reviewer";
    public const string PartnerCoordinator = "PartnerCoordinator";
    public const string Trainee = "Trainee";
}
