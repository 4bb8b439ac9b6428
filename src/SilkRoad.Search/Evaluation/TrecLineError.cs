namespace SilkRoad.Search.Evaluation;

/// <summary>A line of a topics, qrels or run file that was not used, and why. The rest of the file is still read.</summary>
public sealed record TrecLineError(string File, long Line, string Reason)
{
    public override string ToString() => $"{File}:line {Line}: {Reason}";
}
