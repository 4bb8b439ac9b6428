namespace SilkRoad.Search.Evaluation;

/// <summary>What the three TREC file readers share: which lines they skip and how fields are split.</summary>
internal static class TrecText
{
    private static readonly char[] Whitespace = [' ', '\t'];

    public static bool IsSkipped(string line)
    {
        var text = line.TrimStart();
        return text.Length == 0 || text[0] == '#';
    }

    public static string[] Fields(string line) => line.Split(Whitespace, StringSplitOptions.RemoveEmptyEntries);

    public static bool HasWhitespace(string text) => text.Any(char.IsWhiteSpace);
}
