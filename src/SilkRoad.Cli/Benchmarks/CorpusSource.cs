namespace SilkRoad.Cli.Benchmarks;

/// <summary>A journal of a generated corpus, with the DOI prefix and suffix stem its articles get.</summary>
internal sealed record CorpusSource(string Name, string Issn, string Publisher, string DoiPrefix, string DoiStem);
