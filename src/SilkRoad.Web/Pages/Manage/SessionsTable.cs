using SilkRoad.Training.Applications;

namespace SilkRoad.Web.Pages.Manage;

/// <summary>What <c>_SessionsTable</c> shows: the sessions, the table's caption, and whether each links to its applications (managers only).</summary>
public sealed record SessionsTable(IReadOnlyList<ManagedSession> Sessions, string Caption, bool LinkApplications);
