namespace SilkRoad.Training.Reports;

/// <summary>Reports as URLs name them: kebab-case (<c>by-country</c>, <c>sessions-by-topic</c>), for the API and the pages alike.</summary>
public static class TrainingReportSlugs
{
    public static string Slug(this TrainingReportKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static bool TryParse(string? text, out TrainingReportKind kind)
    {
        kind = default;
        var match = Enum.GetValues<TrainingReportKind>().Where(k => string.Equals(Slug(k), text, StringComparison.OrdinalIgnoreCase)).ToList();
        if (match.Count != 1) return false;
        kind = match[0];
        return true;
    }
}
