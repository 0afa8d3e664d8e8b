using System.Globalization;
using Archive.Core.Search.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Core.Search;

/// <summary>
/// The one owner of the Lucene index in this process: it holds the IndexWriter, lends searchers through a
/// SearcherManager (safe for concurrent requests), and rebuilds the index from the database when it is missing,
/// unreadable, built by another analysis version, or older than the database's import generation.
/// </summary>
public sealed partial class SearchIndex : IDisposable
{
    /// <summary>Bumped when the document layout changes; together with the analysis version it stamps each commit.</summary>
    public const string SchemaVersion = "schema-2";

    private const string StampKey = "stamp";
    private const string GenerationKey = "generation";
    private const string LanguagesKey = "languages";

    private readonly string _path;
    private readonly IndexedTextSource _source;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly TextFieldAnalyzer _indexAnalyzer;
    private FSDirectory? _directory;
    private IndexWriter? _writer;
    private SearcherManager? _searchers;
    private long _generation = -1;

    public SearchIndex(ArchiveLocations locations, AnalyzerRegistry analyzers, IndexedTextSource source, ILogger<SearchIndex>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(locations);
        _path = locations.IndexDirectory;
        _source = source;
        Analyzers = analyzers;
        _logger = logger ?? NullLogger<SearchIndex>.Instance;
        _indexAnalyzer = new TextFieldAnalyzer(analyzers, forQuery: false);
    }

    public AnalyzerRegistry Analyzers { get; }

    public static string Stamp => $"{AnalyzerRegistry.AnalysisVersion}/{SchemaVersion}";

    /// <summary>True once a current index is open; searches before that raise <see cref="SearchUnavailableException"/>.</summary>
    public bool IsReady => Volatile.Read(ref _searchers) is not null;

    /// <summary>The languages that have text in the index, the originals' first (none before the index is open or when it is empty).</summary>
    public IReadOnlyList<string> Languages { get; private set; } = [];

    /// <summary>The import generation the index reflects (-1 before it is open).</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Opens the index, rebuilding it first when it is missing, unreadable, stale or from another analysis version.</summary>
    public async Task EnsureCurrentAsync(CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            var (texts, generation) = await _source.LoadAsync(cancellationToken);
            var reason = OpenExisting(generation);
            if (reason is null)
            {
                return;
            }

            LogRebuild(_logger, reason);
            Write(texts, generation);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Rebuilds the whole index from the database (after an import, or <c>archive reindex</c>).</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            var (texts, generation) = await _source.LoadAsync(cancellationToken);
            OpenExisting(generation);
            Write(texts, generation);
            return texts.Count;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Runs <paramref name="search"/> on a current searcher, returned to the pool afterwards.</summary>
    public T Search<T>(Func<IndexSearcher, T> search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var manager = Volatile.Read(ref _searchers) ?? throw new SearchUnavailableException();
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
        _indexAnalyzer.Dispose();
        _writeGate.Dispose();
    }

    /// <summary>Opens (or creates) the writer; returns why a rebuild is needed, or null when the index is current.</summary>
    private string? OpenExisting(long generation)
    {
        if (_writer is not null)
        {
            return Generation == generation ? null : "the database changed";
        }

        System.IO.Directory.CreateDirectory(_path);
        _directory = FSDirectory.Open(new DirectoryInfo(_path));
        string? reason = null;
        try
        {
            if (!DirectoryReader.IndexExists(_directory))
            {
                reason = "there is no index yet";
            }
            else
            {
                var data = DirectoryReader.ListCommits(_directory)[^1].UserData;
                reason = !data.TryGetValue(StampKey, out var stamp) || stamp != Stamp
                    ? $"it was built by analysis '{stamp ?? "unknown"}', not '{Stamp}'"
                    : !data.TryGetValue(GenerationKey, out var g) || long.Parse(g, CultureInfo.InvariantCulture) != generation
                        ? "it is older than the database"
                        : null;
                if (reason is null && data.TryGetValue(LanguagesKey, out var languages))
                {
                    Languages = languages.Split(',', StringSplitOptions.RemoveEmptyEntries);
                }
            }

            _writer = NewWriter(OpenMode.CREATE_OR_APPEND);
        }
        catch (Exception ex) when (ex is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or FormatException or InvalidOperationException)
        {
            reason = $"the index folder is unreadable ({ex.GetType().Name}: {ex.Message})";
            _writer?.Dispose();
            _directory.Dispose();
            System.IO.Directory.Delete(_path, recursive: true);
            System.IO.Directory.CreateDirectory(_path);
            _directory = FSDirectory.Open(new DirectoryInfo(_path));
            _writer = NewWriter(OpenMode.CREATE);
        }

        if (reason is null)
        {
            Publish(generation);
        }

        return reason;
    }

    private IndexWriter NewWriter(OpenMode mode) =>
        new(_directory, new IndexWriterConfig(TextFieldAnalyzer.Version, _indexAnalyzer)
        {
            OpenMode = mode,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 128,
        });

    private void Write(IReadOnlyList<IndexedText> texts, long generation)
    {
        var writer = _writer!;
        writer.DeleteAll();
        foreach (var text in texts)
        {
            writer.AddDocument(SearchDocuments.Create(text));
        }

        var originals = texts.Select(t => t.Original).ToHashSet(StringComparer.Ordinal);
        Languages = [.. texts.SelectMany(t => t.Texts.Keys).Distinct(StringComparer.Ordinal)
            .OrderBy(l => originals.Contains(l) ? 0 : 1).ThenBy(l => l, StringComparer.Ordinal)];

        writer.SetCommitData(new Dictionary<string, string>
        {
            [StampKey] = Stamp,
            [LanguagesKey] = string.Join(',', Languages),
            [GenerationKey] = generation.ToString(CultureInfo.InvariantCulture),
        });
        writer.Commit();
        Publish(generation);
    }

    private void Publish(long generation)
    {
        if (_searchers is null)
        {
            Volatile.Write(ref _searchers, new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory()));
        }
        else
        {
            _searchers.MaybeRefreshBlocking();
        }

        Interlocked.Exchange(ref _generation, generation);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuilding the search index: {Reason}")]
    private static partial void LogRebuild(ILogger logger, string reason);

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}
