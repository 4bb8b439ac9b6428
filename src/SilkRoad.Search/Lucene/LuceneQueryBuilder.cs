namespace SilkRoad.Search.Lucene;

/// <summary>Translates a parsed query into Lucene queries, analysed per language.</summary>
internal sealed partial class LuceneQueryBuilder;
