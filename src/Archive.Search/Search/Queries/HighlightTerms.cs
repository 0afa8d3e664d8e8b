namespace Archive.Core.Search.Queries;

/// <summary>The analysed terms and prefixes a query looks for, per text field: what the snippet marks.</summary>
public sealed class HighlightTerms
{
    private readonly Dictionary<string, (HashSet<string> Terms, HashSet<string> Prefixes)> _fields = new(StringComparer.Ordinal);

    public void AddTerm(string field, string term) => Get(field).Terms.Add(term);

    public void AddPrefix(string field, string prefix) => Get(field).Prefixes.Add(prefix);

    /// <summary>Adds every term and prefix of <paramref name="other"/>.</summary>
    public void AddAll(HighlightTerms other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (field, (terms, prefixes)) in other._fields)
        {
            Get(field).Terms.UnionWith(terms);
            Get(field).Prefixes.UnionWith(prefixes);
        }
    }

    public bool Matches(string field, string term) =>
        _fields.TryGetValue(field, out var f)
        && (f.Terms.Contains(term) || f.Prefixes.Any(p => term.StartsWith(p, StringComparison.Ordinal)));

    private (HashSet<string> Terms, HashSet<string> Prefixes) Get(string field)
    {
        if (!_fields.TryGetValue(field, out var f))
        {
            f = (new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
            _fields[field] = f;
        }

        return f;
    }
}
