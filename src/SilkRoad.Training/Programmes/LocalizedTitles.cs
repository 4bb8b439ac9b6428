namespace SilkRoad.Training.Programmes;

/// <summary>Picks the text to show from a set of language-tagged titles.</summary>
public static class LocalizedTitles
{
    /// <summary>The title in <paramref name="language"/>, else English, else Chinese, else any; empty when there is none.</summary>
    public static string Pick(IEnumerable<LocalizedTitle> titles, string language)
    {
        ArgumentNullException.ThrowIfNull(titles);
        var all = titles as IReadOnlyCollection<LocalizedTitle> ?? titles.ToList();
        return (all.FirstOrDefault(t => t.Language == language)
            ?? all.FirstOrDefault(t => t.Language == "en")
            ?? all.FirstOrDefault(t => t.Language == "zh")
            ?? all.FirstOrDefault())?.Title ?? "";
    }
}
