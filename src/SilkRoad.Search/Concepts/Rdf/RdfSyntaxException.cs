namespace SilkRoad.Search.Concepts.Rdf;

/// <summary>A thesaurus file that cannot be read, with where (line and column) and why.</summary>
public sealed class RdfSyntaxException(string source, int line, int column, string reason)
    : Exception($"{source}:{line}:{column}: {reason}")
{
    public string File { get; } = source;

    public int Line { get; } = line;

    public int Column { get; } = column;

    public string Reason { get; } = reason;
}
