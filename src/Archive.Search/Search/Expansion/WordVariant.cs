namespace Archive.Core.Search.Expansion;

/// <summary>A form of a typed word to search in one language's text: a single word, or several parts that must all occur (a split compound).</summary>
public sealed record WordVariant(string Language, IReadOnlyList<string> Parts)
{
    public override string ToString() => string.Join(' ', Parts);
}
