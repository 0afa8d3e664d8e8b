using System.Globalization;
using Archive.Core.Search.Analysis;
using Archive.Core.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Archive.Core.Search;

/// <summary>
/// The Lucene index of one archive. One process owns an index folder at a time (an <see cref="ExclusiveFileLock"/>
/// beside it, which ends with its holder): the owner holds the IndexWriter and rebuilds the index from the database
/// when it is missing, damaged, built by another analysis version, or older than the database's import generation.
/// Any other process, and an owner that cannot write (permissions, a full disk), serves the last commit read-only.
/// Searchers are lent through a SearcherManager, safe for concurrent requests.
/// </summary>
public sealed partial class SearchIndex : IDisposable
{
    /// <summary>Bumped when the document layout changes; together with the analysis version it stamps each commit.</summary>
    public const string SchemaVersion = "schema-6";

    private const string StampKey = "stamp";
    private const string GenerationKey = "generation";
    private const string LanguagesKey = "languages";
    private const string ConceptsKey = "concepts";

    /// <summary>The index writer's buffer; each further part of a rebuild on several threads has half of it.</summary>
    private const double RAMBufferSizeMB = 128;

    /// <summary>The threads of a rebuild when <see cref="ArchiveOptions.IndexThreads"/> is 0: one per processor, at most this many.</summary>
    private const int DefaultRebuildThreadsAtMost = 4;

    private readonly string _path;
    private readonly ArchiveLocations _locations;
    private readonly IndexedTextSource _source;
    private readonly ArchiveDatabase _database;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly TextFieldAnalyzer _indexAnalyzer;
    private ExclusiveFileLock? _owner;
    private FSDirectory? _directory;
    private IndexWriter? _writer;
    private SearcherManager? _searchers;
    private bool _searchersFromWriter;
    private long _generation = -1;
    private volatile ProblemState _problem = new(SearchIndexProblem.None, null);

    public SearchIndex(ArchiveLocations locations, AnalyzerRegistry analyzers, IndexedTextSource source, ArchiveDatabase database, ILogger<SearchIndex>? logger = null, IOptions<ArchiveOptions>? options = null)
    {
        RebuildThreads = (options?.Value.IndexThreads ?? 1) is > 0 and var threads ? threads : Math.Min(Environment.ProcessorCount, DefaultRebuildThreadsAtMost);
        ArgumentNullException.ThrowIfNull(locations);
        _locations = locations;
        _path = locations.IndexDirectory;
        _source = source;
        _database = database;
        Analyzers = analyzers;
        _logger = logger ?? NullLogger<SearchIndex>.Instance;
        _indexAnalyzer = new TextFieldAnalyzer(analyzers, forQuery: false);
    }

    public AnalyzerRegistry Analyzers { get; }

    /// <summary>
    /// How many threads a full rebuild of a large archive adds documents on (<c>Archive:IndexThreads</c>: one by default,
    /// 0 for one per processor, at most four). A small archive is rebuilt on one (see <see cref="IndexedTextSource.PartMinimum"/>).
    /// </summary>
    public int RebuildThreads { get; }

    public static string Stamp => $"{AnalyzerRegistry.AnalysisVersion}/{SchemaVersion}";

    /// <summary>The index folder as messages show it.</summary>
    public string Folder => _locations.Display(_path);

    /// <summary>True once an index is open (current, or a stale one served read-only); searches before that raise <see cref="SearchUnavailableException"/>.</summary>
    public bool IsReady => Volatile.Read(ref _searchers) is not null;

    /// <summary>The languages that have text in the index, the originals' first (none before the index is open or when it is empty).</summary>
    public IReadOnlyList<string> Languages { get; private set; } = [];

    /// <summary>The import generation the index reflects (-1 before it is open).</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Why the last attempt to bring the index up to date failed; <see cref="SearchIndexProblem.None"/> when it did not.</summary>
    public SearchIndexProblem Problem => _problem.Kind;

    /// <summary>That reason as one line for the log, <c>/healthz</c> and the command; null when there is none.</summary>
    public string? ProblemMessage => _problem.Message;

    /// <summary>How many documents (titles and clauses) the last rebuild or update wrote.</summary>
    public int Documents => LastUpdate?.Documents ?? 0;

    /// <summary>What the last rebuild or update wrote (null before the first one in this process).</summary>
    public SearchIndexUpdate? LastUpdate { get; private set; }

    /// <summary>
    /// Brings the index up to the database: opens it, rebuilding it first when needed. Returns false, with
    /// <see cref="Problem"/> saying why, when it cannot; whatever readable index there is, is then served read-only.
    /// </summary>
    public Task<bool> EnsureCurrentAsync(CancellationToken cancellationToken) => UpdateAsync(force: false, cancellationToken);

    /// <summary>Rebuilds the whole index from the database (<c>archive reindex</c>); false, with <see cref="Problem"/>, when it cannot.</summary>
    public Task<bool> RebuildAsync(CancellationToken cancellationToken) => UpdateAsync(force: true, cancellationToken);

    /// <summary>
    /// For a command that only reads: opens the folder read-only when its index is current, whoever owns it; otherwise
    /// builds it when no other process owns the folder. False, with <see cref="Problem"/>, when neither is possible.
    /// </summary>
    public async Task<bool> OpenCurrentAsync(CancellationToken cancellationToken)
    {
        var generation = await _database.GetGenerationAsync(cancellationToken);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            ServeReadOnly();
            if (IsReady && Generation == generation)
            {
                return true;
            }
        }
        finally
        {
            _writeGate.Release();
        }

        return await EnsureCurrentAsync(cancellationToken);
    }

    /// <summary>Runs <paramref name="search"/> on a searcher, returned to the pool afterwards.</summary>
    public T Search<T>(Func<IndexSearcher, T> search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var manager = Volatile.Read(ref _searchers) ?? throw (_problem.Message is { } reason ? new SearchUnavailableException(_problem.Kind, reason) : new SearchUnavailableException());
        var searcher = manager.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    public void Dispose()
    {
        _searchers?.Dispose();
        _writer?.Dispose();
        _directory?.Dispose();
        _owner?.Dispose();
        _indexAnalyzer.Dispose();
        _writeGate.Dispose();
    }

    private async Task<bool> UpdateAsync(bool force, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            if (!TryOwn())
            {
                ServeReadOnly();
                return false;
            }

            var generation = await _database.GetGenerationAsync(cancellationToken);
            string? reason;
            if (_writer is not null)
            {
                reason = Generation == generation ? null : OlderThanDatabase;
            }
            else if ((reason = OpenWriter(generation)) is null && _writer is null)
            {
                ServeReadOnly();
                return false;
            }

            reason = force ? "a rebuild was asked for" : reason;
            var updated = reason switch
            {
                null => true,
                OlderThanDatabase => await TryUpdateChangedAsync(cancellationToken),
                _ => await TryRebuildAsync(reason, cancellationToken),
            };
            if (updated)
            {
                _problem = new(SearchIndexProblem.None, null);
            }

            return updated;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Commits what the writer holds, stamped, and lends searchers on it.</summary>
    private void Commit(IReadOnlyList<string> languages, long generation)
    {
        _writer!.SetCommitData(new Dictionary<string, string>
        {
            [StampKey] = Stamp,
            [LanguagesKey] = string.Join(',', languages),
            [ConceptsKey] = _source.ConceptStamp,
            [GenerationKey] = generation.ToString(CultureInfo.InvariantCulture),
        });
        _writer.Commit();
        Languages = languages;
        Publish(generation);
    }

    /// <summary>Lends searchers on the writer's view (the owner), replacing a read-only manager opened before.</summary>
    private void Publish(long generation)
    {
        if (_searchers is null || !_searchersFromWriter)
        {
            var old = _searchers;
            Volatile.Write(ref _searchers, new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory()));
            _searchersFromWriter = true;
            old?.Dispose();
        }
        else
        {
            _searchers.MaybeRefreshBlocking();
        }

        Interlocked.Exchange(ref _generation, generation);
    }

    private sealed record ProblemState(SearchIndexProblem Kind, string? Message);

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new PreparedQuerySearcher(reader);
    }
}
