namespace Archive.Core.Revisions;

/// <summary>One resolution in a collection's id ledger: its clauses in order, each as "id hash", and its retired clauses.</summary>
public sealed class LedgerResolution
{
    public int Number { get; set; }

    /// <summary>Each clause as <c>"p1 0123456789abcdef"</c>: its id and <see cref="TextHash"/> of its text, in order.</summary>
    public List<string> Clauses { get; set; } = [];

    public List<LedgerRetiredClause> Retired { get; set; } = [];

    /// <summary>The clause ids in order.</summary>
    public IEnumerable<string> ClauseIds() => Clauses.Select(c => c.Split(' ', 2)[0]);

    /// <summary>The text hashes in order.</summary>
    public IEnumerable<string> ClauseHashes() => Clauses.Select(c => c.Split(' ', 2) is [_, var hash] ? hash : string.Empty);
}
