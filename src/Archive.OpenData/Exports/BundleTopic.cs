namespace Archive.Core.Exports;

/// <summary>A topic: its slug and its label by language (the resolutions name their topics).</summary>
public sealed record BundleTopic(string Slug, IReadOnlyDictionary<string, string> Labels);
