namespace SilkRoad.Training.Alumni;

/// <summary>One page of the directory: its alumni, how many match in all, and the countries a search can narrow to.</summary>
public sealed record AlumniPage(IReadOnlyList<Alumnus> Alumni, int Total, int Page, int PageSize, IReadOnlyList<string> CountryCodes)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
