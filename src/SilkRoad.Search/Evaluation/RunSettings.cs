namespace SilkRoad.Search.Evaluation;

/// <summary>How a <see cref="RunGenerator"/> asks the index: how deep, in which query language, under which tag.</summary>
public sealed record RunSettings
{
    /// <summary>Documents retrieved per query (trec_eval scores up to 1000; 100 is enough for Recall@100).</summary>
    public int Top { get; init; } = 100;

    /// <summary>The language the queries are written in, or null to let the index analyse them for every language.</summary>
    public string? QueryLanguage { get; init; }

    /// <summary>Whether queries are also searched in translation (null: as configured, on by default).</summary>
    public bool? CrossLanguage { get; init; }

    /// <summary>Only resources in this language are retrieved (a language filter), for scoring one language pair of a
    /// cross-language collection.</summary>
    public string? ResultLanguage { get; init; }

    /// <summary>The run's name in its last column.</summary>
    public string Tag { get; init; } = "silkroad";
}
