namespace Archive.Core.Search.Queries;

/// <summary>
/// What a snippet marks, per text field: the analysed terms and prefixes a query looks for anywhere, and the phrases
/// (terms at positions relative to the first) it looks for only where they stand together — a phrase query, a word
/// that analyses into several, or a concept's label of several words, whose words alone ("other", "than") mean nothing.
/// </summary>
public sealed class HighlightTerms
{
    private readonly Dictionary<string, Field> _fields = new(StringComparer.Ordinal);

    public void AddTerm(string field, string term) => Get(field).Terms.Add(term);

    public void AddPrefix(string field, string prefix) => Get(field).Prefixes.Add(prefix);

    /// <summary>Adds a phrase: its terms with their positions (the first at 0; a gap where a stop word was left out).</summary>
    public void AddPhrase(string field, IReadOnlyList<(string Term, int Position)> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 1)
        {
            AddTerm(field, words[0].Term);
        }
        else if (words.Count > 1)
        {
            Get(field).Phrases.TryAdd(string.Join('\u0001', words.Select(w => $"{w.Position}:{w.Term}")), [.. words]);
        }
    }

    /// <summary>Adds every term, prefix and phrase of <paramref name="other"/>.</summary>
    public void AddAll(HighlightTerms other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (name, field) in other._fields)
        {
            var into = Get(name);
            into.Terms.UnionWith(field.Terms);
            into.Prefixes.UnionWith(field.Prefixes);
            foreach (var (key, phrase) in field.Phrases)
            {
                into.Phrases.TryAdd(key, phrase);
            }
        }
    }

    /// <summary>Whether <paramref name="term"/> is marked wherever it stands.</summary>
    public bool Matches(string field, string term) =>
        _fields.TryGetValue(field, out var f)
        && (f.Terms.Contains(term) || f.Prefixes.Any(p => term.StartsWith(p, StringComparison.Ordinal)));

    /// <summary>The phrases of <paramref name="field"/>, marked only where all their terms stand at their positions.</summary>
    public IEnumerable<IReadOnlyList<(string Term, int Position)>> Phrases(string field) =>
        _fields.TryGetValue(field, out var f) ? f.Phrases.Values : [];

    private Field Get(string field)
    {
        if (!_fields.TryGetValue(field, out var f))
        {
            f = new Field();
            _fields[field] = f;
        }

        return f;
    }

    private sealed class Field
    {
        public HashSet<string> Terms { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Prefixes { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, (string Term, int Position)[]> Phrases { get; } = new(StringComparer.Ordinal);
    }
}
