using System.Globalization;
using Archive.Core.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Archive.Core.Search;

/// <summary>Owning, opening and failing: what the index does when its folder is owned elsewhere, unwritable, full or damaged.</summary>
public sealed partial class SearchIndex
{
    /// <summary>The ownership lock, beside the index folder (never in it: a damaged index's files are deleted).</summary>
    public string OwnerLockPath => _path.TrimEnd(Path.DirectorySeparatorChar) + ".owner-lock";

    private static bool IsWriteFault(Exception ex) => ex switch
    {
        UnauthorizedAccessException or System.Security.SecurityException or LockObtainFailedException => true,
        CorruptIndexException or EndOfStreamException or FileNotFoundException or DirectoryNotFoundException => false,
        IOException io => io.HResult is 1 or 5 or 13 or 28 or 30 or 122 || DatabaseFaults.IsDiskFull(io)
            || io.Message.Contains("Read-only file system", StringComparison.Ordinal) || io.Message.Contains("Permission denied", StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>Damage: files cut short, overwritten or missing, from another format. Only a damaged index is ever deleted.</summary>
    private static bool IsDamage(Exception ex) => !IsWriteFault(ex)
        && ex is IOException or FormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or OverflowException;

    private bool TryOwn()
    {
        if (_owner is not null)
        {
            return true;
        }

        try
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(OwnerLockPath)!);
            _owner = ExclusiveFileLock.TryTake(OwnerLockPath);
        }
        catch (Exception ex) when (IsWriteFault(ex) || ex is IOException)
        {
            Fail(ex);
            return false;
        }

        if (_owner is null)
        {
            _problem = new(SearchIndexProblem.OwnedElsewhere,
                $"another process owns the search index folder {Folder} and keeps it up to date (its lock {_locations.Display(OwnerLockPath)} is held by {ExclusiveFileLock.DescribeHolder(OwnerLockPath)})");
        }

        return _owner is not null;
    }

    /// <summary>Opens the writer; returns why a rebuild is needed, or null when the index is current (or, with no writer, when it failed).</summary>
    private string? OpenWriter(long generation)
    {
        string? reason;
        try
        {
            System.IO.Directory.CreateDirectory(_path);
            _directory ??= FSDirectory.Open(new DirectoryInfo(_path));
            reason = Inspect(_directory, generation);
            _writer = NewWriter(OpenMode.CREATE_OR_APPEND);
        }
        catch (Exception ex) when (IsWriteFault(ex))
        {
            Fail(ex);
            return null;
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            reason = $"the index folder is unreadable ({ex.GetType().Name}: {ex.Message})";
            try
            {
                ClearDamaged();
                _writer = NewWriter(OpenMode.CREATE);
            }
            catch (Exception second) when (IsWriteFault(second) || IsDamage(second))
            {
                Fail(second);
                return null;
            }
        }

        if (reason is null)
        {
            Publish(generation);
        }

        return reason;
    }

    /// <summary>Why the committed index needs a rebuild, or null when it is current (and then its languages are read).</summary>
    private string? Inspect(Lucene.Net.Store.Directory directory, long generation)
    {
        if (!DirectoryReader.IndexExists(directory))
        {
            return "there is no index yet";
        }

        var data = DirectoryReader.ListCommits(directory)[^1].UserData;
        var reason = !data.TryGetValue(StampKey, out var stamp) || stamp != Stamp
            ? $"it was built by analysis '{stamp ?? "unknown"}', not '{Stamp}'"
            : !data.TryGetValue(ConceptsKey, out var concepts) || concepts != _source.ConceptStamp
                ? $"its concepts were stamped by '{concepts ?? "unknown"}', not '{_source.ConceptStamp}' (the vocabulary changed)"
            : !data.TryGetValue(GenerationKey, out var g) || long.Parse(g, CultureInfo.InvariantCulture) != generation
                ? OlderThanDatabase
                : null;
        if (reason is null && data.TryGetValue(LanguagesKey, out var languages))
        {
            Languages = languages.Split(',', StringSplitOptions.RemoveEmptyEntries);
        }

        return reason;
    }

    private IndexWriter NewWriter(OpenMode mode) => NewWriter(_directory!, mode, RAMBufferSizeMB);

    /// <summary>A writer with the index's analysis and similarity: the index's own, or a part's of a rebuild on several threads.</summary>
    private IndexWriter NewWriter(FSDirectory directory, OpenMode mode, double bufferMegabytes) =>
        new(directory, new IndexWriterConfig(TextFieldAnalyzer.Version, _indexAnalyzer)
        {
            OpenMode = mode,
            Similarity = new Lucene.Net.Search.Similarities.BM25Similarity(),
            RAMBufferSizeMB = bufferMegabytes,
        });

    private void ClearDamaged()
    {
        DropSearchers();
        foreach (var file in System.IO.Directory.GetFiles(_path))
        {
            File.Delete(file);
        }
    }

    /// <summary>Serves the folder's last commit read-only (refreshing it when its owner committed since), when it is readable.</summary>
    private void ServeReadOnly()
    {
        if (_writer is not null || !System.IO.Directory.Exists(_path))
        {
            return;
        }

        try
        {
            _directory ??= FSDirectory.Open(new DirectoryInfo(_path));
            if (_searchers is null)
            {
                if (!DirectoryReader.IndexExists(_directory) || !DirectoryReader.ListCommits(_directory)[^1].UserData.TryGetValue(StampKey, out var stamp) || stamp != Stamp)
                {
                    return;
                }

                Volatile.Write(ref _searchers, new SearcherManager(_directory, new Bm25SearcherFactory()));
                _searchersFromWriter = false;
            }
            else
            {
                _searchers.MaybeRefreshBlocking();
            }

            var manager = _searchers;
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
        }
        catch (Exception ex) when (IsWriteFault(ex) || IsDamage(ex))
        {
            // nothing readable: searches answer with the problem
        }
    }

    private void DropSearchers()
    {
        var old = _searchers;
        Volatile.Write(ref _searchers, null);
        _searchersFromWriter = false;
        Interlocked.Exchange(ref _generation, -1);
        old?.Dispose();
    }

    private void Fail(Exception ex)
    {
        if (ex is LockObtainFailedException { InnerException: { } inner } && IsWriteFault(inner))
        {
            ex = inner; // Lucene could not create write.lock: a read-only or full folder, not another writer
        }

        var cause = ex.Message.Split('\n')[0].Trim().TrimEnd('.');
        _problem = DatabaseFaults.IsDiskFull(ex)
            ? new(SearchIndexProblem.DiskFull, $"the disk holding the search index {Folder} is full ({cause}): search serves the last index it has, without the latest imports; free space, and the next start, import or 'archive reindex' rebuilds it")
            : ex is LockObtainFailedException
                ? new(SearchIndexProblem.OwnedElsewhere, $"another process holds Lucene's write lock in {Folder} ({cause}); the index is served read-only")
                : IsWriteFault(ex)
                    ? new(SearchIndexProblem.NotWritable, $"the search index folder {Folder} cannot be written by this user ({cause}): search serves the index as it is, read-only, without the latest imports; give the service user write access to it")
                    : new(SearchIndexProblem.WriteFailed, $"the search index {Folder} could not be written ({ex.GetType().Name}: {cause}); search serves the last index it has");
    }
}
