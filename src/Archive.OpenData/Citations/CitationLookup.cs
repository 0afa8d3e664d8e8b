namespace Archive.Core.Citations;

/// <summary>The answer of <see cref="CitationSources.FindAsync"/>: the source, or which part of the reference named nothing.</summary>
public sealed record CitationLookup(CitationSource? Source, bool ResolutionExists)
{
    /// <summary>Why there is no source, naming the part of the reference at fault; null when there is one.</summary>
    public string? Problem(Texts.TextRef reference) => Source is not null ? null
        : !ResolutionExists ? $"there is no resolution {reference.WholeResolution}"
        : $"resolution {reference.WholeResolution} has no clause '{reference.Clause}'";
}
