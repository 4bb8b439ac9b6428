using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SilkRoad.Search.Tests.Analysis;

/// <summary>Runs an analyzer over a text the way the index and the query builder do, and lists what comes out.</summary>
internal static class Tokens
{
    public static string Of(Analyzer analyzer, string text) => string.Join(" ", Read(analyzer, text).Select(t => t.Term));

    /// <summary>Each token with its position (0-based, gaps left by removed words included) and character offsets.</summary>
    public static IReadOnlyList<(string Term, int Position, int Start, int End)> Read(Analyzer analyzer, string text)
    {
        var tokens = new List<(string, int, int, int)>();
        using var stream = analyzer.GetTokenStream("field", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return tokens;
    }
}
