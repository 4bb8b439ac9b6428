using System.Diagnostics.CodeAnalysis;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Reports;

namespace SilkRoad.Web.Api;

/// <summary>
/// A report's query string, for the API and the manager's report pages alike (the pages link to the exports with the
/// same names): <c>language</c> of the labels, <c>from</c> and <c>to</c> years, <c>programme</c> code, <c>mode</c>
/// (<c>OnSite</c>, <c>Online</c>, <c>Blended</c>).
/// </summary>
public sealed record ReportRequest(string? Language, int? From, int? To, string? Programme, string? Mode)
{
    public bool TryGetFilter([NotNullWhen(true)] out ReportFilter? filter, [NotNullWhen(false)] out string? problem)
    {
        filter = null;
        problem = null;
        SessionMode? mode = null;
        if (!string.IsNullOrEmpty(Mode))
        {
            if (!Enum.TryParse<SessionMode>(Mode, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                problem = $"mode: '{Mode}' is not one of {string.Join(", ", Enum.GetNames<SessionMode>())}.";
                return false;
            }
            mode = parsed;
        }
        filter = new ReportFilter(From, To, string.IsNullOrWhiteSpace(Programme) ? null : Programme.Trim(), mode);
        return true;
    }
}
