namespace Archive.Core.Search;

/// <summary>What a rebuild (or one part of it) added: documents, titles and the languages with text.</summary>
internal sealed class RebuildTally
{
    public int Documents { get; private set; }

    public int Titles { get; private set; }

    /// <summary>The languages of the originals.</summary>
    public HashSet<string> Originals { get; } = new(StringComparer.Ordinal);

    /// <summary>Every language with text, the originals' included.</summary>
    public HashSet<string> Languages { get; } = new(StringComparer.Ordinal);

    public void Count(IReadOnlyList<IndexedText> texts)
    {
        foreach (var text in texts)
        {
            Originals.Add(text.Original);
            Languages.UnionWith(text.Texts.Keys);
            Titles += text.Clause == Archive.Core.Texts.TextRef.TitleId ? 1 : 0;
        }

        Documents += texts.Count;
    }

    public void Add(RebuildTally other)
    {
        Documents += other.Documents;
        Titles += other.Titles;
        Originals.UnionWith(other.Originals);
        Languages.UnionWith(other.Languages);
    }

    /// <summary>The languages with text, the originals' first, each group in ordinal order.</summary>
    public List<string> OrderedLanguages() =>
        [.. Languages.OrderBy(l => Originals.Contains(l) ? 0 : 1).ThenBy(l => l, StringComparer.Ordinal)];
}
