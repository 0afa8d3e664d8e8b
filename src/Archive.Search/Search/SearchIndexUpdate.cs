namespace Archive.Core.Search;

/// <summary>
/// What one bring-up-to-date of the index wrote: a full rebuild (<paramref name="Full"/>) or an update of the
/// <paramref name="Resolutions"/> whose content changed and the <paramref name="Removed"/> ones no longer in the
/// database; <paramref name="Documents"/> titles and clauses were written.
/// </summary>
public sealed record SearchIndexUpdate(bool Full, int Resolutions, int Removed, int Documents);
