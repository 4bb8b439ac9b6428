using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SilkRoad.Search.Analysis;
using SilkRoad.Search.Queries;
using SilkRoad.Search.Translation;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SilkRoad.Search.Lucene;

/// <summary>
/// The embedded search index (Lucene.NET 4.8) in a folder under the data folder. One process at a time writes it
/// (Lucene's write lock): the first to open it. Another process that opens it — the CLI while the portal runs — only
/// reads, and sees the writer's commits within a second.
/// </summary>
public sealed partial class LuceneSearchIndex : ISearchIndex, IDisposable
{
    private const string WatermarkKey = "silkroad.watermark";
    private const string WatermarkIdKey = "silkroad.watermark.id";
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(500);

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter? _writer;
    private readonly Analyzer _analyzer;
    private readonly AnalyzerSet _analyzers;
    private readonly Similarity _similarity;
    private readonly LuceneQueryBuilder _queries;
    private readonly CrossLanguageOptions _crossLanguageOptions;
    private readonly Lazy<TranslationLookups> _lookups;
    private readonly Lazy<ConceptTagger?> _tagger;
    private readonly ILogger _logger;
    private readonly int _searchThreads;
    private int _searchesRunning;
    private readonly System.Threading.Lock _refreshLock = new();
    private SearcherManager? _searchers;
    private long _lastRefresh;
    // Replaced whole, never written in place: a 16-byte struct written while another thread reads it can be read torn.
    private volatile StrongBox<IndexWatermark> _watermark = new(IndexWatermark.None);

    /// <summary>The concepts a resource names, found by the same tagger that tags it in the index.</summary>
    public ResourceConceptFinder ConceptFinder { get; }

    public LuceneSearchIndex(string path, SearchOptions options, ILogger<LuceneSearchIndex>? logger = null,
        CrossLanguageSources? crossLanguage = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _crossLanguageOptions = options.CrossLanguage;
        var sources = crossLanguage ?? CrossLanguageSources.None;
        _lookups = new Lazy<TranslationLookups>(() => new TranslationLookups(sources, new AnalyzerSet(options.Analysis)));
        _tagger = new Lazy<ConceptTagger?>(() => _lookups.Value.HasLabels ? new ConceptTagger(_lookups.Value) : null);
        ConceptFinder = new ResourceConceptFinder(sources.Thesaurus, _tagger);
        var ranking = options.Ranking;
        _searchThreads = Math.Max(1, options.SearchThreads);
        _analyzers = new AnalyzerSet(options.Analysis);
        _logger = logger ?? NullLogger<LuceneSearchIndex>.Instance;
        System.IO.Directory.CreateDirectory(path);
        _directory = FSDirectory.Open(path);
        _analyzer = CreateAnalyzer(_analyzers);
        _similarity = new BM25Similarity(ranking.K1, ranking.B);
        _queries = new LuceneQueryBuilder(ranking, _analyzers);
        try
        {
            (_writer, _searchers) = OpenWritable(OpenMode.CREATE_OR_APPEND);
        }
        catch (LockObtainFailedException)
        {
            LogReadOnly(path);
            _writer = null;
            OpenReadOnly();
            return;
        }
        catch (Exception e) when (e is CorruptIndexException or EndOfStreamException or FileNotFoundException)
        {
            // The index is derived from the store: one that cannot be read (a crash while writing, a disk fault, a
            // partial copy) starts again empty, and the synchronisation refills it, rather than failing every start.
            LogDamaged(e, path);
            DeleteIndexFiles();
            (_writer, _searchers) = OpenWritable(OpenMode.CREATE);
        }
        _watermark = new(ReadWatermark(_writer.CommitData));
    }

    /// <summary>False when another process writes the index; this one then only searches.</summary>
    public bool IsWritable => _writer is not null;

    public IndexWatermark Watermark => _watermark.Value;

    public long Count => WithSearcher(s => (long)s.IndexReader.NumDocs, 0L);

    public Task UpsertAsync(IReadOnlyList<IndexedResource> resources, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var writer = RequireWriter();
        // Analysis is the cost of indexing (SmartCn above all) and IndexWriter takes documents from several threads
        // at once (a segment per thread): one thread per core. Only when a resource comes twice does order matter.
        var distinct = resources.Select(r => r.Id).Distinct().Count() == resources.Count;
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = distinct ? Environment.ProcessorCount : 1,
            CancellationToken = cancellationToken,
        };
        Parallel.ForEach(resources, options, resource =>
        {
            var id = new Term(IndexFields.Id, resource.Id.ToString(CultureInfo.InvariantCulture));
            if (resource.Withdrawn) writer.DeleteDocuments(id);
            else writer.UpdateDocument(id, IndexDocumentBuilder.Build(resource, _tagger.Value));
        });
        return Task.CompletedTask;
    }

    public Task CommitAsync(IndexWatermark watermark, CancellationToken cancellationToken)
    {
        var writer = RequireWriter();
        writer.SetCommitData(new Dictionary<string, string>
        {
            [WatermarkKey] = watermark.ChangedAt.Ticks.ToString(CultureInfo.InvariantCulture),
            [WatermarkIdKey] = watermark.ResourceId.ToString(CultureInfo.InvariantCulture),
        });
        writer.Commit();
        // Searches see the commit before the watermark says so: a reader that takes a new watermark as "searches now
        // see this" (the portal's figures, a test waiting for an import) must not count the index as it was.
        _searchers?.MaybeRefreshBlocking();
        _watermark = new(watermark);
        return Task.CompletedTask;
    }

    public Task ClearAsync(CancellationToken cancellationToken)
    {
        RequireWriter().DeleteAll();
        return Task.CompletedTask;
    }

    // A query costs about the same in every segment it is looked up in, whatever the segment's size: on 196,026
    // resources in the 21 segments an import leaves, a translated query with four facets took four times as long as
    // in one (docs/benchmarks.md). The merge rewrites the whole index, so it is for after bulk loads. One segment for
    // each thread that searches a query (SearchOptions.SearchThreads), of about equal size, and one more for each 5 GB
    // beyond.
    // The index's pieces are kept to at most this size (Lucene's and Elasticsearch's largest merged segment): a merge
    // needs the size of what it writes again in free disk, which beside a store of millions of resources is short.
    private const long MaxCompactedSegmentBytes = 5L << 30;

    public Task CompactAsync(CancellationToken cancellationToken)
    {
        var writer = RequireWriter();
        return Task.Run(() =>
        {
            var bytes = _directory.ListAll().Sum(name => SafeFileLength(name));
            var bySize = (bytes + MaxCompactedSegmentBytes - 1) / MaxCompactedSegmentBytes;
            // A whole number of segments a thread, or one thread would search more than the others.
            var segments = Math.Max(1, (bySize + _searchThreads - 1) / _searchThreads) * _searchThreads;
            writer.ForceMerge((int)segments, doWait: true);
            // The commit data set last (the watermark) is kept: documents added meanwhile are at worst indexed again.
            writer.Commit();
            _searchers?.MaybeRefreshBlocking();
        }, cancellationToken);
    }

    private long SafeFileLength(string name)
    {
        try
        {
            return _directory.FileLength(name);
        }
        catch (FileNotFoundException)
        {
            return 0; // deleted by a merge meanwhile
        }
    }

    /// <summary>How many pieces (Lucene segments) the index searched now is made of.</summary>
    public int SegmentCount => SegmentSizes.Count;

    /// <summary>The documents in each piece (Lucene segment) of the index searched now.</summary>
    internal IReadOnlyList<int> SegmentSizes => WithSearcher(s => s.IndexReader.Leaves.Select(l => l.AtomicReader.NumDocs).ToList(), []);

    public void Dispose()
    {
        _searchers?.Dispose();
        // IndexWriter.Dispose would commit what is pending under the last watermark, so a rebuild interrupted after
        // emptying the index would stay, half full, as if it were current. The last commit says what it holds.
        if (_writer?.HasUncommittedChanges() == true) _writer.Rollback();
        _writer?.Dispose();
        _directory.Dispose();
    }

    private IndexWriter RequireWriter() => _writer
        ?? throw new InvalidOperationException("The search index is written by another process (the running portal); " +
            "it picks up changes to the store by itself.");

    private (IndexWriter Writer, SearcherManager Searchers) OpenWritable(OpenMode mode)
    {
        var writer = new IndexWriter(_directory, new IndexWriterConfig(LanguageAnalyzers.Version, _analyzer)
        {
            OpenMode = mode,
            Similarity = _similarity,
            RAMBufferSizeMB = 64,
            MergePolicy = new BalancedMergePolicy(),
        });
        try
        {
            // A new index is committed at once, so that it replaces a damaged one on disk; without the old
            // commit's watermark, which Lucene would otherwise carry over.
            if (mode == OpenMode.CREATE)
            {
                writer.SetCommitData(new Dictionary<string, string>());
                writer.Commit();
            }
            return (writer, new SearcherManager(writer, applyAllDeletes: true, new BM25SearcherFactory(_similarity)));
        }
        catch
        {
            writer.Rollback();
            throw;
        }
    }

    // Lucene reads every commit it finds, even one it is told to overwrite, so the damaged files go first: only the
    // index's own (segments*, _0.cfs, _0_Lucene41_0.doc ...), whatever else the folder may hold.
    private void DeleteIndexFiles()
    {
        foreach (var name in _directory.ListAll())
            if (name.StartsWith(IndexFileNames.SEGMENTS, StringComparison.Ordinal) || IndexFile().IsMatch(name))
                _directory.DeleteFile(name);
    }

    [GeneratedRegex(@"^_[a-z0-9]+(_.*)?\..*$", RegexOptions.CultureInvariant)]
    private static partial Regex IndexFile();

    private static IndexWatermark ReadWatermark(IDictionary<string, string>? data) =>
        data is not null && data.TryGetValue(WatermarkKey, out var text)
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && data.TryGetValue(WatermarkIdKey, out var idText)
            && long.TryParse(idText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id)
            ? new IndexWatermark(new DateTime(ticks, DateTimeKind.Utc), id)
            : IndexWatermark.None;

    private void OpenReadOnly()
    {
        if (!DirectoryReader.IndexExists(_directory)) return;
        _searchers = new SearcherManager(_directory, new BM25SearcherFactory(_similarity));
        ReadCommittedWatermark();
    }

    private void ReadCommittedWatermark()
    {
        var searcher = _searchers?.Acquire();
        if (searcher is null) return;
        try
        {
            if (searcher.IndexReader is DirectoryReader reader) _watermark = new(ReadWatermark(reader.IndexCommit.UserData));
        }
        finally
        {
            _searchers!.Release(searcher); // acquired above
        }
    }

    // A reader of another process's index looks for its new commits at most twice a second.
    private void RefreshIfDue()
    {
        var now = Stopwatch.GetTimestamp();
        if (Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastRefresh), now) < RefreshInterval) return;
        Interlocked.Exchange(ref _lastRefresh, now);
        lock (_refreshLock)
        {
            if (_searchers is null)
            {
                OpenReadOnly();
                return;
            }
            if (_searchers.MaybeRefresh() && _writer is null) ReadCommittedWatermark();
        }
    }

    private T WithSearcher<T>(Func<IndexSearcher, T> action, T empty)
    {
        if (_writer is null) RefreshIfDue();
        var searchers = _searchers;
        if (searchers is null) return empty;
        var searcher = searchers.Acquire();
        try
        {
            return action(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    private static PerFieldAnalyzerWrapper CreateAnalyzer(AnalyzerSet analyzers)
    {
        var fields = new Dictionary<string, Analyzer>();
        foreach (var language in IndexFields.TextLanguages)
            foreach (var kind in IndexFields.TextKinds)
                fields[IndexFields.Text(kind, language)] = analyzers.For(language);
        var exact = new KeywordAnalyzer();
        foreach (var field in IndexDocumentBuilder.ExactFields) fields[field] = exact;
        return new PerFieldAnalyzerWrapper(analyzers.Names, fields);
    }

    private sealed class BM25SearcherFactory(Similarity similarity) : SearcherFactory
    {
        // Each new segment's facet ordinals are loaded here, when the searcher is made, so that no search waits for
        // them (a merged segment of millions of documents takes a second or two).
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            foreach (var leaf in reader.Leaves)
                foreach (var facet in FacetNames.All)
                    SegmentOrdinals.For(leaf.AtomicReader, facet);
            return new IndexSearcher(reader) { Similarity = similarity };
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The search index in {Path} is written by another process; this one only reads it")]
    private partial void LogReadOnly(string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search index in {Path} could not be read; it starts again empty, and the next synchronisation refills it from the store")]
    private partial void LogDamaged(Exception exception, string path);
}
