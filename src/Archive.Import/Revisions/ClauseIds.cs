using Archive.Core.Import;
using Archive.Core.Texts;

namespace Archive.Core.Revisions;

/// <summary>
/// The ids the clauses of a resolution's new revision get (docs/clause-ids.md, "Revisions"): the ledger's ids when
/// the ledger holds exactly these texts (a fresh clone, or a database behind the repository); else the
/// <see cref="ClauseMatcher"/>'s match against the clauses the database holds; else against the ledger's hashes
/// (a fresh import of a seed edited since the ledger was written: unchanged texts keep their ids); else positional.
/// </summary>
internal static class ClauseIds
{
    public static IReadOnlyList<string> Assign(IReadOnlyList<ParsedClause> parsed, IReadOnlyList<PreviousClause> stored, LedgerResolution? ledger, IReadOnlySet<string> retired)
    {
        var hashes = parsed.Select(c => TextHash.Of(c.Text)).ToList();
        if (ledger is not null && ledger.ClauseHashes().SequenceEqual(hashes, StringComparer.Ordinal))
        {
            return [.. ledger.ClauseIds()];
        }

        if (stored.Count > 0 || ledger is null)
        {
            return [.. ClauseMatcher.Match(stored, parsed, retired).Clauses.Select(c => c.Id)];
        }

        // Only hashes are known: the same text keeps its id, an edited one cannot be told from a new one.
        var previous = ledger.ClauseIds().Zip(ledger.ClauseHashes(), (id, hash) => new PreviousClause(id, ClauseKind.Paragraph, string.Empty, hash)).ToList();
        var current = parsed.Select((c, i) => c with { Text = hashes[i] }).ToList();
        return [.. ClauseMatcher.Match(previous, current, retired).Clauses.Select(c => c.Id)];
    }
}
