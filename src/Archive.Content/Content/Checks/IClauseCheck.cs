namespace Archive.Core.Content.Checks;

/// <summary>A check over one clause and its translation: pure, no I/O; what it needs (glossary, bands) it gets when built.</summary>
public interface IClauseCheck
{
    /// <summary>The check's id, as <c>accept=</c> in a block marker and <c>check</c> in the JSON name it.</summary>
    string Id { get; }

    IEnumerable<CheckFinding> Check(ClauseUnderCheck clause);
}
