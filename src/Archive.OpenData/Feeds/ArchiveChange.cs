using Archive.Core.Citations;

namespace Archive.Core.Feeds;

/// <summary>
/// One change of the archive as a feed shows it: a resolution added, or a translation in a language at a status.
/// <see cref="Key"/> is stable for the same change and new for a new one (a translation's status is part of it).
/// </summary>
/// <param name="Key">The change's stable key, such as <c>wpi-congress-12/1/added</c> or <c>wpi-congress-12/1/en/draft</c>.</param>
/// <param name="Ref">The resolution changed.</param>
/// <param name="Collection">The collection's slug.</param>
/// <param name="Language">The translation's language; null for a resolution added.</param>
/// <param name="Status">The translation's status; null for a resolution added.</param>
/// <param name="Title">The resolution's title (the translation's for a translation).</param>
/// <param name="When">When it happened as far as the archive knows: the import, or the translation's date.</param>
public sealed record ArchiveChange(string Key, Texts.TextRef Ref, string Collection, string? Language, string? Status, string Title, DateTimeOffset When);
