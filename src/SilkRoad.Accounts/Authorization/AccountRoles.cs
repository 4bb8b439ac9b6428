namespace SilkRoad.Accounts.Authorization;

/// <summary>
/// The roles of the service (the "anonymous visitor" is the absence of a role). Stored as Identity roles and
/// seeded at every start by <see cref="Storage.AccountsStoreInitializer"/>.
/// </summary>
public static class AccountRoles
{
    public const string Administrator = nameof(Administrator);
    public const string ProgrammeManager = nameof(ProgrammeManager);
    public const string Instructor = nameof(Instructor);
    public const string Reviewer = nameof(Reviewer);
    public const string PartnerCoordinator = nameof(PartnerCoordinator);
    public const string Trainee = nameof(Trainee);

    public static IReadOnlyList<string> All { get; } =
        [Administrator, ProgrammeManager, Instructor, Reviewer, PartnerCoordinator, Trainee];
}
