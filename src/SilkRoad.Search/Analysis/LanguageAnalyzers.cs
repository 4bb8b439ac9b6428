using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace SilkRoad.Search.Analysis;

/// <summary>
/// The analyzer for each of the six working languages, and for text of unknown language. Every text value is
/// indexed with the analyzer of its own language tag, and a query is analysed once per language it is searched in.
/// </summary>
public static class LanguageAnalyzers
{
    internal static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Placeholder until per-language analysis lands.
    public static Analyzer For(string languageCode) => new StandardAnalyzer(Version);

    public static Analyzer ForNames() => new StandardAnalyzer(Version);
}
