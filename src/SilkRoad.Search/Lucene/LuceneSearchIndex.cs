namespace SilkRoad.Search.Lucene;

/// <summary>The embedded search index (Lucene.NET 4.8), kept under the data folder.</summary>
public sealed partial class LuceneSearchIndex;
