using SilkRoad.Accounts.Authorization;

namespace SilkRoad.Web.Pages.Manage.Sessions;

/// <summary>
/// Who may open a session's staff pages at all: its programme's managers and its instructors, as neither
/// <see cref="AccountPolicies.ManageProgrammes"/> nor <see cref="AccountPolicies.Teach"/> alone allows. Which sessions
/// they then see is the training base's scope (out of scope reads as not found).
/// </summary>
internal static class SessionRoles
{
    public const string Staff = AccountRoles.Administrator + "," + AccountRoles.ProgrammeManager + "," + AccountRoles.Instructor;
}
