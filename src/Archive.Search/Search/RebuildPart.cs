using System.Threading.Channels;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Archive.Core.Search;

/// <summary>
/// One part of a rebuild on several threads: a run of consecutive resolutions whose documents one writer adds on a
/// thread of its own, chunk by chunk as the database read hands them over. Part 0 adds into the index's own writer;
/// every other part into a writer on a folder of its own beside the index (<see cref="FolderOf"/>), whose segments the
/// index then takes in the parts' order (<see cref="IndexWriter.AddIndexes(Directory[])"/>), so that the documents keep
/// the database's order as on one thread. The folder is deleted when the part is disposed.
/// </summary>
internal sealed class RebuildPart : IDisposable
{
    private readonly Channel<IReadOnlyList<IndexedText>> _chunks = Channel.CreateBounded<IReadOnlyList<IndexedText>>(
        new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });

    private readonly IndexWriter _writer;
    private readonly bool _ownsWriter;
    private readonly string? _folder;

    private RebuildPart(IndexWriter writer, bool ownsWriter, string? folder, FSDirectory? directory, Func<IndexedText, Document> document, CancellationTokenSource failed)
    {
        (_writer, _ownsWriter, _folder, Directory) = (writer, ownsWriter, folder, directory);
        Adding = Task.Run(() => AddAllAsync(document, failed));
    }

    /// <summary>The folder of a part other than 0, once its writer is closed: what the index takes its segments from.</summary>
    public FSDirectory? Directory { get; }

    /// <summary>What the part has added so far; read once <see cref="Adding"/> has ended.</summary>
    public RebuildTally Tally { get; } = new();

    /// <summary>The part's thread: ends when the last chunk is added (and a part's own writer committed and closed), or with the first fault.</summary>
    public Task Adding { get; }

    /// <summary>Part 0: the index's own writer.</summary>
    public static RebuildPart OnIndexWriter(IndexWriter writer, Func<IndexedText, Document> document, CancellationTokenSource failed) =>
        new(writer, ownsWriter: false, null, null, document, failed);

    /// <summary>A part with a writer of its own on a fresh folder beside the index (<see cref="FolderOf"/>).</summary>
    public static RebuildPart OnOwnFolder(string indexPath, int number, Func<FSDirectory, IndexWriter> writerOn, Func<IndexedText, Document> document, CancellationTokenSource failed)
    {
        var folder = FolderOf(indexPath, number);
        DeleteFolder(folder);
        var directory = FSDirectory.Open(new DirectoryInfo(folder));
        return new(writerOn(directory), ownsWriter: true, folder, directory, document, failed);
    }

    /// <summary>Where part <paramref name="number"/> of a rebuild of the index at <paramref name="indexPath"/> writes: <c>index.part1</c>, ….</summary>
    public static string FolderOf(string indexPath, int number) => $"{Path.TrimEndingDirectorySeparator(indexPath)}.part{number}";

    /// <summary>Removes the folders a rebuild killed before its end left beside the index.</summary>
    public static void DeleteLeftovers(string indexPath)
    {
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(indexPath));
        if (parent is not null && System.IO.Directory.Exists(parent))
        {
            foreach (var folder in System.IO.Directory.EnumerateDirectories(parent, Path.GetFileName(Path.TrimEndingDirectorySeparator(indexPath)) + ".part*"))
            {
                DeleteFolder(folder);
            }
        }
    }

    /// <summary>Hands a chunk to the part's thread, waiting while it still adds the one before.</summary>
    public ValueTask AddAsync(IReadOnlyList<IndexedText> chunk, CancellationToken cancellationToken) =>
        _chunks.Writer.WriteAsync(chunk, cancellationToken);

    /// <summary>No more chunks: the part's thread ends once it has added those it has.</summary>
    public void Complete() => _chunks.Writer.TryComplete();

    public void Dispose()
    {
        Complete();
        if (_ownsWriter)
        {
            try
            {
                _writer.Rollback(); // a no-op once the writer is closed; after a fault, drops what was not committed
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException or UnauthorizedAccessException)
            {
                // the folder goes below either way
            }
        }

        Directory?.Dispose();
        if (_folder is not null)
        {
            DeleteFolder(_folder);
        }
    }

    private async Task AddAllAsync(Func<IndexedText, Document> document, CancellationTokenSource failed)
    {
        try
        {
            await foreach (var chunk in _chunks.Reader.ReadAllAsync(CancellationToken.None))
            {
                foreach (var text in chunk)
                {
                    _writer.AddDocument(document(text));
                }

                Tally.Count(chunk);
            }

            if (_ownsWriter)
            {
                _writer.Commit();
                _writer.Dispose();
            }
        }
        catch
        {
            await failed.CancelAsync(); // the read and the other parts stop; this fault is the one thrown
            throw;
        }
    }

    private static void DeleteFolder(string folder)
    {
        if (System.IO.Directory.Exists(folder))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }
}
