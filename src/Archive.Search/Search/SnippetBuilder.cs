using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Archive.Core.Search.Analysis;
using Archive.Core.Search.Queries;
using Lucene.Net.Analysis;

namespace Archive.Core.Search;

/// <summary>
/// Builds a snippet around the matches by re-analysing the stored text with the field's index analyzer and marking the
/// tokens the query looks for, by their offsets in the original text. The text is HTML-encoded; only &lt;mark&gt; is markup.
/// </summary>
public static class SnippetBuilder
{
    public const int Window = 220;

    /// <summary>Encodes markup characters only; Persian and other letters stay as they are.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Build(string text, Analyzer analyzer, string field, HighlightTerms highlights)
    {
        TryBuild(text, analyzer, field, highlights, out var snippet);
        return snippet;
    }

    /// <summary>Builds the snippet with one analysis of the text; false when nothing in it matches (the snippet is then its start).</summary>
    public static bool TryBuild(string text, Analyzer analyzer, string field, HighlightTerms highlights, out string snippet)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(highlights);
        var tokens = TokenStreams.Analyze(analyzer, field, text);
        var marked = tokens.Where(t => highlights.Matches(field, t.Term)).Select(t => (t.Start, t.End)).ToList();
        marked.AddRange(PhraseSpans(tokens, highlights.Phrases(field)));
        var spans = Merge(marked);
        snippet = Render(text, spans);
        return spans.Count > 0;
    }

    /// <summary>The tokens of each occurrence of a phrase: its first term, then each other term at its position relative to the first.</summary>
    private static List<(int Start, int End)> PhraseSpans(IReadOnlyList<AnalyzedToken> tokens, IEnumerable<IReadOnlyList<(string Term, int Position)>> phrases)
    {
        var spans = new List<(int Start, int End)>();
        var byFirst = phrases.ToLookup(p => p[0].Term, StringComparer.Ordinal);
        if (byFirst.Count == 0)
        {
            return spans;
        }

        // Every token's position (several tokens share one where pair terms or surface forms stand at increment 0).
        var byPosition = new Dictionary<int, List<AnalyzedToken>>();
        var positions = new int[tokens.Count];
        var position = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            position = positions[i] = Math.Max(position + tokens[i].PositionIncrement, 0);
            if (!byPosition.TryGetValue(position, out var at))
            {
                byPosition[position] = at = [];
            }

            at.Add(tokens[i]);
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var phrase in byFirst[tokens[i].Term])
            {
                var found = new List<AnalyzedToken>(phrase.Count) { tokens[i] };
                for (var k = 1; k < phrase.Count; k++)
                {
                    var (term, offset) = phrase[k];
                    var token = byPosition.GetValueOrDefault(positions[i] + offset - phrase[0].Position)?.FirstOrDefault(t => string.Equals(t.Term, term, StringComparison.Ordinal));
                    if (token is null)
                    {
                        break;
                    }

                    found.Add(token);
                }

                if (found.Count == phrase.Count)
                {
                    spans.AddRange(found.Select(t => (t.Start, t.End)));
                }
            }
        }

        return spans;
    }

    private static string Render(string text, List<(int Start, int End)> spans)
    {
        var (from, to) = WindowAround(text, spans);
        var sb = new StringBuilder();
        if (from > 0)
        {
            sb.Append('…');
        }

        var cursor = from;
        foreach (var (start, end) in spans.Where(s => s.End > from && s.Start < to))
        {
            var s = Math.Max(start, from);
            var e = Math.Min(end, to);
            sb.Append(Encoder.Encode(text[cursor..s])).Append("<mark>").Append(Encoder.Encode(text[s..e])).Append("</mark>");
            cursor = e;
        }

        sb.Append(Encoder.Encode(text[cursor..to]));
        if (to < text.Length)
        {
            sb.Append('…');
        }

        return sb.ToString();
    }

    private static List<(int Start, int End)> Merge(List<(int Start, int End)> spans)
    {
        spans.Sort();
        var merged = new List<(int Start, int End)>();
        foreach (var s in spans)
        {
            if (merged.Count > 0 && s.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, s.End));
            }
            else
            {
                merged.Add(s);
            }
        }

        return merged;
    }

    /// <summary>A window of about <see cref="Window"/> characters starting a little before the first match, cut at spaces.</summary>
    private static (int From, int To) WindowAround(string text, List<(int Start, int End)> spans)
    {
        if (text.Length <= Window)
        {
            return (0, text.Length);
        }

        var first = spans.Count > 0 ? spans[0].Start : 0;
        var from = Math.Max(0, first - (Window / 4));
        if (from > 0)
        {
            var space = text.IndexOf(' ', from);
            from = space >= 0 && space < first ? space + 1 : from;
        }

        var to = Math.Min(text.Length, from + Window);
        if (to < text.Length)
        {
            var space = text.LastIndexOf(' ', to);
            to = space > from + (Window / 2) ? space : to;
        }

        return (from, to);
    }
}
