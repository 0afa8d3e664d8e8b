using Archive.Core.Import;
using Archive.Core.Storage;
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

    /// <summary>Rebuilds each collection's ledger from what the database now holds (call inside the transaction, after saving).</summary>
    public async Task BuildAsync(ArchiveDbContext db, IEnumerable<string> collections, CancellationToken cancellationToken)
    {
        if (contentDirectory is null)
        {
            return;
        }

        foreach (var slug in collections.Distinct(StringComparer.Ordinal))
        {
            var resolutions = await db.Resolutions.Where(r => r.Collection!.Slug == slug).OrderBy(r => r.Number)
                .Select(r => new
                {
                    r.Number,
                    Clauses = r.Clauses.OrderBy(c => c.Ordinal).Select(c => new { c.Key, c.Text }).ToList(),
                    Retired = r.RetiredClauses.OrderBy(c => c.Key).Select(c => new LedgerRetiredClause { Id = c.Key, Removed = LedgerRetiredClause.Format(c.RemovedAt), Revision = c.Revision, Marker = c.Marker, Text = c.Text }).ToList(),
                }).AsSplitQuery().ToListAsync(cancellationToken);
            var ledger = new ClauseLedger { Collection = slug };
            ledger.Resolutions.AddRange(resolutions.Select(r => new LedgerResolution
            {
                Number = r.Number,
                Clauses = [.. r.Clauses.Select(c => c.Key + " " + TextHash.Of(c.Text))],
                Retired = [.. r.Retired.OrderBy(c => c.Revision).ThenBy(c => c.Id, StringComparer.Ordinal)],
            }));
            _built.Add(ledger);
        }
    }

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
