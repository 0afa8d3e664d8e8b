namespace Archive.Core.Texts;

/// <summary>What one revision did to one clause: added, edited, removed, moved or relabelled, with its text before and after.</summary>
public sealed class RevisionChange
{
    public int Id { get; set; }

    public int RevisionId { get; set; }

    public ResolutionRevision? Revision { get; set; }

    /// <summary>The clause id.</summary>
    public required string Key { get; set; }

    /// <summary>added, edited, removed, moved or relabelled.</summary>
    public required string Change { get; set; }

    public string? OldMarker { get; set; }

    public string? OldText { get; set; }

    public int? OldPosition { get; set; }

    public string? NewMarker { get; set; }

    public string? NewText { get; set; }

    public int? NewPosition { get; set; }
}
