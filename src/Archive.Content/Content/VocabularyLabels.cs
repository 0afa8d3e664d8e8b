namespace Archive.Core.Content;

/// <summary>A concept's labels in one language: the preferred one and the alternatives.</summary>
public sealed record VocabularyLabels(string Pref, IReadOnlyList<string> Alt)
{
    /// <summary>The preferred label, then the alternatives, without empty ones.</summary>
    public IEnumerable<string> All => new[] { Pref }.Concat(Alt).Where(l => !string.IsNullOrWhiteSpace(l));
}
