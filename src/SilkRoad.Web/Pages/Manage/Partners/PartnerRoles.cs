using SilkRoad.Accounts.Authorization;

namespace SilkRoad.Web.Pages.Manage.Partners;

/// <summary>
/// Who may open the partners' pages: administrators and programme managers (every partner) and partner coordinators
/// (their own institution), as no single policy allows. Which partners they then see is the training base's scope.
/// </summary>
internal static class PartnerRoles
{
    public const string Readers = AccountRoles.Administrator + "," + AccountRoles.ProgrammeManager + "," + AccountRoles.PartnerCoordinator;
}
