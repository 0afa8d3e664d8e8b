using Archive.Core.Import;
using Archive.Core.Storage;
using Archive.Core.Texts;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Revisions;

/// <summary>
/// The id ledgers of the collections an import touches, under <c>content/ids/</c>: read before the import, rebuilt
/// from the database inside its transaction, and written after it committed (only files whose text changed).
/// </summary>
internal sealed class LedgerStore(string? contentDirectory, Func<string, string> display)
{
    private readonly Dictionary<string, ClauseLedger> _read = new(StringComparer.Ordinal);
    private readonly List<ClauseLedger> _built = [];
    private readonly Dictionary<string, ClauseLedger> _written = new(StringComparer.Ordinal);
    private readonly HashSet<string> _readBack = new(StringComparer.Ordinal);

    /// <summary>Reads the ledger of each collection (none without a content folder); false when one is malformed.</summary>
    public bool Read(IEnumerable<string> collections, List<ImportDiagnostic> diagnostics)
    {
        var ok = true;
        foreach (var slug in collections.Distinct(StringComparer.Ordinal))
        {
            if (contentDirectory is null)
            {
                continue;
            }

            var path = ClauseLedger.PathOf(contentDirectory, slug);
            var errors = diagnostics.Count(d => d.IsError);
            if (ClauseLedger.Read(path, display(path), diagnostics) is { } ledger)
            {
                _read[slug] = ledger;
            }

            ok &= diagnostics.Count(d => d.IsError) == errors;
        }

        return ok;
    }

    /// <summary>The ledger read for a collection, or null.</summary>
    public ClauseLedger? For(string collection) => _read.GetValueOrDefault(collection);

    /// <summary>
    /// Keeps a resolution just written in bulk into a collection that held none (<see cref="Bulk.BulkSeedWriter"/>), so that
    /// the collection's ledger is built from these rows instead of being read back.
    /// </summary>
    public void Record(string collection, Resolution resolution)
    {
        if (contentDirectory is null)
        {
            return;
        }

        if (!_written.TryGetValue(collection, out var ledger))
        {
            _written[collection] = ledger = new ClauseLedger { Collection = collection };
        }

        ledger.Resolutions.Add(Entry(
            resolution.Number,
            resolution.Clauses.OrderBy(c => c.Ordinal).Select(c => (c.Key, c.Text)),
            resolution.RetiredClauses.Select(c => new LedgerRetiredClause { Id = c.Key, Removed = LedgerRetiredClause.Format(c.RemovedAt), Revision = c.Revision, Marker = c.Marker, Text = c.Text })));
    }

    /// <summary>Marks a collection whose rows went through the change tracker (or were already stored): its ledger is read back from the database.</summary>
    public void ReadBack(string collection) => _readBack.Add(collection);

    /// <summary>
    /// Builds each collection's ledger (call inside the transaction, after saving): from the rows recorded when the
    /// collection was written wholly in bulk, else from what the database now holds.
    /// </summary>
    public async Task BuildAsync(ArchiveDbContext db, IEnumerable<string> collections, CancellationToken cancellationToken)
    {
        if (contentDirectory is null)
        {
            return;
        }

        foreach (var slug in collections.Distinct(StringComparer.Ordinal))
        {
            if (!_readBack.Contains(slug) && _written.TryGetValue(slug, out var written))
            {
                _built.Add(written);
                continue;
            }

            var resolutions = await db.Resolutions.Where(r => r.Collection!.Slug == slug).OrderBy(r => r.Number)
                .Select(r => new
                {
                    r.Number,
                    Clauses = r.Clauses.OrderBy(c => c.Ordinal).Select(c => new { c.Key, c.Text }).ToList(),
                    Retired = r.RetiredClauses.OrderBy(c => c.Key).Select(c => new LedgerRetiredClause { Id = c.Key, Removed = LedgerRetiredClause.Format(c.RemovedAt), Revision = c.Revision, Marker = c.Marker, Text = c.Text }).ToList(),
                }).AsSplitQuery().ToListAsync(cancellationToken);
            var ledger = new ClauseLedger { Collection = slug };
            ledger.Resolutions.AddRange(resolutions.Select(r => Entry(r.Number, r.Clauses.Select(c => (c.Key, c.Text)), r.Retired)));
            _built.Add(ledger);
        }
    }

    private static LedgerResolution Entry(int number, IEnumerable<(string Key, string Text)> clauses, IEnumerable<LedgerRetiredClause> retired) => new()
    {
        Number = number,
        Clauses = [.. clauses.Select(c => c.Key + " " + TextHash.Of(c.Text))],
        Retired = [.. retired.OrderBy(c => c.Revision).ThenBy(c => c.Id, StringComparer.Ordinal)],
    };

    /// <summary>Writes the rebuilt ledgers whose text changed (call after the commit); the paths written.</summary>
    public IReadOnlyList<string> Write()
    {
        var written = new List<string>();
        foreach (var ledger in _built)
        {
            var path = ClauseLedger.PathOf(contentDirectory!, ledger.Collection);
            if (ledger.WriteIfChanged(path))
            {
                written.Add(display(path));
            }
        }

        return written;
    }
}
