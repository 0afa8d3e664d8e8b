namespace Archive.Core.Search;

/// <summary>What the index is compared with, read in one snapshot: every resolution's key and tag, the languages with text (originals first) and the import generation.</summary>
public sealed record IndexedState(IReadOnlyList<IndexedResolution> Resolutions, IReadOnlyList<string> Languages, long Generation);
