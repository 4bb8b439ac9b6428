namespace SilkRoad.Web.Pages.Manage.Reports;

/// <summary>A report's row as a page shows it: the stable key, its name in the page's culture, the count.</summary>
public sealed record LabelledRow(string Key, string Label, long Count);
