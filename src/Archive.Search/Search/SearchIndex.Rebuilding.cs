using System.Globalization;
using System.Runtime.ExceptionServices;
using Lucene.Net.Documents;
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
    /// (<see cref="IndexedTextSource.ReadAllAsync(int, Func{int, IReadOnlyList{IndexedText}, ValueTask}, CancellationToken)"/>):
    /// each chunk's documents are added and the chunk let go, so memory holds a chunk per part and the writers' buffers,
    /// not the archive's texts. A large archive is cut into <see cref="RebuildThreads"/> parts of consecutive resolutions,
    /// each added on a thread of its own (<see cref="RebuildPart"/>); the other parts' segments then join the index in
    /// order, so the documents have the database's order however many threads made them. Nothing is visible before the
    /// one commit; a fault in any part stops them all and leaves the last commit as it was.
    /// </summary>
    private async Task WriteAllAsync(CancellationToken cancellationToken)
    {
        _writer!.DeleteAll();
        RebuildPart.DeleteLeftovers(_path);
        var parts = new RebuildPart?[RebuildThreads];
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            var generation = await ReadIntoPartsAsync(parts, failed);
            var tally = new RebuildTally();
            foreach (var part in parts.OfType<RebuildPart>())
            {
                tally.Add(part.Tally);
            }

            var others = parts.Skip(1).OfType<RebuildPart>().Select(p => (Lucene.Net.Store.Directory)p.Directory!).ToArray();
            if (others.Length > 0)
            {
                _writer.AddIndexes(others);
            }

            Commit(tally.OrderedLanguages(), generation);
            LastUpdate = new SearchIndexUpdate(Full: true, tally.Titles, 0, tally.Documents);
        }
        finally
        {
            foreach (var part in parts)
            {
                part?.Dispose();
            }
        }
    }

    /// <summary>Reads the archive into the parts, each started at its first chunk; returns the generation read once every part has added all it was given.</summary>
    private async Task<long> ReadIntoPartsAsync(RebuildPart?[] parts, CancellationTokenSource failed)
    {
        Document Create(IndexedText text) => SearchDocuments.Create(text, Analyzers, _source.Stamper);
        Task<long> reading = _source.ReadAllAsync(parts.Length, (number, texts) => (parts[number] ??= number == 0
            ? RebuildPart.OnIndexWriter(_writer!, Create, failed)
            : RebuildPart.OnOwnFolder(_path, number, directory => NewWriter(directory, OpenMode.CREATE, RAMBufferSizeMB / 2), Create, failed)).AddAsync(texts, failed.Token), failed.Token);
        Exception? stopped = null;
        try
        {
            await reading;
        }
        catch (Exception ex)
        {
            stopped = ex; // a part's fault (the read then sees the cancellation), the read's own, or the caller's cancellation
            await failed.CancelAsync();
        }
        finally
        {
            foreach (var part in parts)
            {
                part?.Complete();
            }
        }

        try
        {
            await Task.WhenAll(parts.OfType<RebuildPart>().Select(p => p.Adding)); // a part's fault is thrown here
        }
        catch when (stopped is not (null or OperationCanceledException))
        {
            // the read's fault below is the cause
        }

        if (stopped is not null)
        {
            ExceptionDispatchInfo.Capture(stopped).Throw();
        }

        return await reading;
    }

    /// <summary>
    /// Adds the documents of <paramref name="texts"/> in their order, on one thread (an update's few resolutions): document
    /// ids, and with them the order of equal scores, are the database's.
    /// </summary>
    private void AddAll(IReadOnlyList<IndexedText> texts)
    {
        foreach (var text in texts)
        {
            _writer!.AddDocument(SearchDocuments.Create(text, Analyzers, _source.Stamper));
        }
    }
}
