using System.Collections.Frozen;
using Archive.Core.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Core.Search.Queries;

/// <summary>
/// Turns a <see cref="ParsedQuery"/> into a Lucene query over the text fields of the chosen languages. Each clause must
/// match in at least one of those fields (so Persian and Latin words may mix); each word is analysed with the field's
/// query analyzer. In a language with its own search chain (Persian), a word may also be met by its join with the next
/// or previous word (خصوصی سازی ↔ خصوصیسازی) and by its ezafe form; the language's rules say which.
/// </summary>
public sealed class LuceneQueryBuilder(AnalyzerRegistry analyzers)
{
    public (Query Query, HighlightTerms Highlights) Build(ParsedQuery parsed, IReadOnlyList<string> languages)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(languages);
        foreach (var chained in languages.Where(l => analyzers.Rules(l).HasSearchChain))
        {
            parsed = JoinAffixes(parsed, chained);
        }

        var highlights = new HighlightTerms();
        var root = new BooleanQuery();
        var positives = 0;
        for (var i = 0; i < parsed.Clauses.Count; i++)
        {
            var clause = parsed.Clauses[i];
            var alternatives = new BooleanQuery();
            foreach (var term in clause.Alternatives)
            {
                foreach (var language in languages)
                {
                    var q = TermQuery(term, language, Neighbour(parsed, i, -1), Neighbour(parsed, i, +1), highlights);
                    if (q is not null)
                    {
                        alternatives.Add(q, Occur.SHOULD);
                    }
                }
            }

            if (alternatives.Clauses.Count == 0)
            {
                if (!clause.Excluded && clause.Alternatives.All(a => a.Kind == QueryTermKind.Word))
                {
                    continue; // only punctuation or stop words: nothing to require
                }

                if (!clause.Excluded)
                {
                    // A phrase or prefix that no language can analyse can match nothing.
                    return (new BooleanQuery(), highlights);
                }

                continue;
            }

            root.Add(alternatives, clause.Excluded ? Occur.MUST_NOT : Occur.MUST);
            positives += clause.Excluded ? 0 : 1;
        }

        if (positives == 0)
        {
            throw new SearchQueryException(SearchQueryError.NoSearchableWord, "The query has no searchable word: punctuation and very common words alone cannot be searched.");
        }

        return (root, highlights);
    }

    /// <summary>
    /// Typed apart, a verb prefix or plural suffix (می کنند, خانواده ها) is still one word: words the language's
    /// analyzer joins when it sees them together become one clause, so the affix join applies to the query too.
    /// </summary>
    private ParsedQuery JoinAffixes(ParsedQuery parsed, string language)
    {
        var analyzer = analyzers.ForQuery(language);
        int Count(string text) => TokenStreams.Analyze(analyzer, SearchFields.Text(language), text).Count(t => !PersianLightStemFilter.IsSurface(t.Term));
        var clauses = new List<QueryClause>();
        foreach (var clause in parsed.Clauses)
        {
            if (clauses.Count > 0
                && clauses[^1] is { Excluded: false, Alternatives: [{ Kind: QueryTermKind.Word } left] }
                && clause is { Excluded: false, Alternatives: [{ Kind: QueryTermKind.Word } right] }
                && Count(left.Text + " " + right.Text) < Count(left.Text) + Count(right.Text))
            {
                clauses[^1] = new QueryClause([new QueryTerm(QueryTermKind.Word, left.Text + " " + right.Text)], false);
                continue;
            }

            clauses.Add(clause);
        }

        return new ParsedQuery(clauses);
    }

    private static string? Neighbour(ParsedQuery parsed, int index, int step)
    {
        var j = index + step;
        if (j < 0 || j >= parsed.Clauses.Count)
        {
            return null;
        }

        var c = parsed.Clauses[j];
        return !c.Excluded && !parsed.Clauses[index].Excluded && c.Alternatives is [{ Kind: QueryTermKind.Word } only] ? only.Text : null;
    }

    private Query? TermQuery(QueryTerm term, string language, string? previous, string? next, HighlightTerms highlights)
    {
        var field = SearchFields.Text(language);
        var analyzer = analyzers.ForQuery(language);
        var rules = analyzers.Rules(language);
        if (term.Kind == QueryTermKind.Prefix)
        {
            var prefix = rules.Fold(term.Text).Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
            highlights.AddPrefix(field, prefix);
            return new PrefixQuery(new Term(field, prefix));
        }

        var analysed = TokenStreams.Analyze(analyzer, field, term.Text);
        var tokens = analysed.Where(t => !PersianLightStemFilter.IsSurface(t.Term)).ToList();
        var surfaces = analysed.Where(t => PersianLightStemFilter.IsSurface(t.Term)).Select(t => t.Term).ToList();
        if (tokens.Count == 0)
        {
            return null;
        }

        var words = PhraseWords.Of(tokens);
        highlights.AddPhrase(field, words);
        var own = tokens.Count == 1 ? new TermQuery(new Term(field, tokens[0].Term)) : Phrase(field, words, rules.CommonWords);
        if (term.Kind == QueryTermKind.Phrase || !rules.HasSearchChain)
        {
            return own;
        }

        // A Persian word may be written joined to a neighbour (خصوصیسازی for خصوصی سازی) or the other way round: the
        // index holds a pair term for each adjacent pair, so the word may also be met by its pair with either neighbour.
        var either = new BooleanQuery { { own, Occur.SHOULD } };

        // The surface form as typed (رادیکالتر, not only رادیکال): a clause that prints exactly that form scores higher.
        if (tokens.Count == 1)
        {
            foreach (var surface in surfaces)
            {
                either.Add(new TermQuery(new Term(field, surface)), Occur.SHOULD);
            }
        }

        if (tokens.Count == 1 && rules.EzafeForm(tokens[0].Term) is { } ezafe)
        {
            highlights.AddTerm(field, ezafe);
            either.Add(new TermQuery(new Term(field, ezafe)), Occur.SHOULD);
        }

        var pairs = PairTerms(language, term.Text);
        if (previous is not null)
        {
            pairs.UnionWith(BridgingPairs(language, previous, term.Text));
        }

        if (next is not null)
        {
            pairs.UnionWith(BridgingPairs(language, term.Text, next));
        }

        foreach (var pair in pairs)
        {
            highlights.AddTerm(field, pair);
            either.Add(new TermQuery(new Term(field, pair)), Occur.SHOULD);
        }

        return either.Clauses.Count == 1 ? own : either;
    }

    /// <summary>The pair terms that join the last part of <paramref name="left"/> with the first of <paramref name="right"/>.</summary>
    private HashSet<string> BridgingPairs(string language, string left, string right)
    {
        var pairs = PairTerms(language, left + " " + right);
        pairs.ExceptWith(PairTerms(language, left));
        pairs.ExceptWith(PairTerms(language, right));
        return pairs;
    }

    /// <summary>The pair terms the index analyzer makes of a text (tokens at position increment 0), exactly as indexed.</summary>
    private HashSet<string> PairTerms(string language, string text) =>
        [.. TokenStreams.Analyze(analyzers.ForIndex(language), SearchFields.Text(language), text)
            .Where(t => t.PositionIncrement == 0 && !PersianLightStemFilter.IsSurface(t.Term)).Select(t => t.Term)];

    /// <summary>The phrase of the words, through common-word grams where the index has them.</summary>
    private static Query Phrase(string field, List<(string Term, int Position)> words, FrozenSet<string> common)
    {
        var terms = CommonWordGrams.Phrase(words, common);
        if (terms.Count == 1)
        {
            return new TermQuery(new Term(field, terms[0].Term));
        }

        var phrase = new PhraseQuery();
        foreach (var (term, at) in terms)
        {
            phrase.Add(new Term(field, term), at);
        }

        return phrase;
    }
}
