namespace Archive.Core.Search.Queries;

public enum QueryTermKind
{
    /// <summary>A plain word: all plain words are required.</summary>
    Word,

    /// <summary>"an exact phrase".</summary>
    Phrase,

    /// <summary>prefix* — words starting with the text.</summary>
    Prefix,
}
