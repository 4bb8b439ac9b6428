namespace SilkRoad.Training.Cohorts;

/// <summary>The header names of a cohort file, in the order of the template. Headers are matched without regard to case, spaces or underscores.</summary>
public static class CohortColumns
{
    public static IReadOnlyList<(CohortColumn Column, string Header)> All { get; } =
    [
        (CohortColumn.NativeName, "native_name"),
        (CohortColumn.LatinName, "latin_name"),
        (CohortColumn.Email, "email"),
        (CohortColumn.Country, "country"),
        (CohortColumn.BirthDate, "birth_date"),
        (CohortColumn.Gender, "gender"),
        (CohortColumn.Institution, "institution"),
        (CohortColumn.Discipline, "discipline"),
        (CohortColumn.PassportNumber, "passport_number"),
        (CohortColumn.Address, "address"),
    ];

    /// <summary>The column a header names, if any.</summary>
    public static CohortColumn? Find(string? header)
    {
        var key = Fold(header);
        foreach (var (column, name) in All)
            if (Fold(name) == key) return column;
        return null;
    }

    private static string Fold(string? header) =>
        new((header ?? "").Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
