namespace Archive.Core.Revisions;

/// <summary>What a revision of the original did to one clause.</summary>
public enum ClauseChange
{
    /// <summary>Same text, same place among the clauses that stayed.</summary>
    Unchanged,

    /// <summary>Same text, another place among the clauses that stayed.</summary>
    Moved,

    /// <summary>The text changed (a correction, an amendment, a split or merge that kept most of it); the id stayed.</summary>
    Edited,

    /// <summary>A clause the previous revision did not have: a new id, never used in that resolution before.</summary>
    Added,

    /// <summary>The clause is gone; its id is retired and never given to another clause.</summary>
    Removed,

    /// <summary>Same text and place, another printed label (a list renumbered around it); only <see cref="ClauseDiff"/> reports it.</summary>
    Relabelled,
}
