using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;

namespace Archive.Core.Search;

/// <summary>
/// A full rebuild never leaves readers without an index: it deletes every document and adds them all again in the one
/// writer, and only its single commit makes the new documents visible, at once. Until then searches read the last
/// commit: the writer's own view when the index was open, or, at start, the folder's last commit opened read-only when
/// its documents have the current layout (a rebuild for a changed analysis or vocabulary). Lucene deletes the old
/// commit's files only once the new commit is written, and a reader that still holds them keeps reading them; a rebuild
/// that fails or is killed leaves the old commit as it was.
/// </summary>
public sealed partial class SearchIndex
{
    private async Task<bool> TryRebuildAsync(string reason, CancellationToken cancellationToken)
    {
        LogRebuild(_logger, reason);
        if (ServeLastCommit())
        {
            LogServingDuringRebuild(_logger, Generation);
        }

        return await TryWriteAsync(() => WriteAllAsync(cancellationToken));
    }

    /// <summary>Lends searchers on the folder's last commit when nothing is served yet and its layout is current; true when it does.</summary>
    private bool ServeLastCommit()
    {
        if (_searchers is not null || _directory is null)
        {
            return false;
        }

        try
        {
            if (!DirectoryReader.IndexExists(_directory)
                || !DirectoryReader.ListCommits(_directory)[^1].UserData.TryGetValue(StampKey, out var stamp)
                || !stamp.EndsWith("/" + SchemaVersion, StringComparison.Ordinal))
            {
                return false;
            }

            var manager = new SearcherManager(_directory, new Bm25SearcherFactory());
            var searcher = manager.Acquire();
            try
            {
                var data = ((DirectoryReader)searcher.IndexReader).IndexCommit.UserData;
                Languages = data.TryGetValue(LanguagesKey, out var languages) ? languages.Split(',', StringSplitOptions.RemoveEmptyEntries) : [];
                Interlocked.Exchange(ref _generation, data.TryGetValue(GenerationKey, out var g) ? long.Parse(g, CultureInfo.InvariantCulture) : -1);
            }
            finally
            {
                manager.Release(searcher);
            }

            _searchersFromWriter = false;
            Volatile.Write(ref _searchers, manager);
            return true;
        }
        catch (Exception ex) when (IsWriteFault(ex) || IsDamage(ex))
        {
            // nothing readable to serve meanwhile: searches answer 503 until the rebuild commits
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuilding the search index: {Reason}")]
    private static partial void LogRebuild(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The index of generation {Generation} keeps serving searches until the rebuild commits")]
    private static partial void LogServingDuringRebuild(ILogger logger, long generation);

    /// <summary>
    /// Replaces everything in the index with what the database holds, read in chunks within one snapshot
    /// (<see cref="IndexedTextSource.ReadAllAsync"/>): each chunk's documents are added and the chunk let go, so memory
    /// holds one chunk and the writer's buffer, not the archive's texts. Nothing is visible before the one commit.
    /// </summary>
    private async Task WriteAllAsync(CancellationToken cancellationToken)
    {
        _writer!.DeleteAll();
        var originals = new HashSet<string>(StringComparer.Ordinal);
        var all = new HashSet<string>(StringComparer.Ordinal);
        var (titles, documents) = (0, 0);
        var generation = await _source.ReadAllAsync(texts =>
        {
            AddAll(texts);
            foreach (var text in texts)
            {
                originals.Add(text.Original);
                all.UnionWith(text.Texts.Keys);
                titles += text.Clause == Archive.Core.Texts.TextRef.TitleId ? 1 : 0;
            }

            documents += texts.Count;
        }, cancellationToken);

        var languages = all.OrderBy(l => originals.Contains(l) ? 0 : 1).ThenBy(l => l, StringComparer.Ordinal).ToList();
        Commit(languages, generation);
        LastUpdate = new SearchIndexUpdate(Full: true, titles, 0, documents);
    }

    /// <summary>
    /// Adds the documents of <paramref name="texts"/> in their order, on one thread: document ids, and with them the order of
    /// equal scores, are the database's. (Making the documents on two cores and writing them in order gained nothing at
    /// 100,000 clauses — the writer's inversion of the tokens is the larger part — and buffered the documents made ahead:
    /// peak working set 1.4 GiB against 0.6. See docs/performance.md.)
    /// </summary>
    private void AddAll(IReadOnlyList<IndexedText> texts)
    {
        foreach (var text in texts)
        {
            _writer!.AddDocument(SearchDocuments.Create(text, Analyzers, _source.Stamper));
        }
    }
}
