using Archive.Core.Texts.Languages;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Core.Search.Analysis;

/// <summary>
/// Splits a token where Persian letters and digits meet: the tokenizer (UAX #29) keeps letters and digits typed
/// without a space as one word (بیش از١٠٠٠نفر → از1000نفر), which no query for the number or the words could find.
/// Each part becomes a token of its own (از, 1000, نفر), one position apart. Latin letters with digits (PS752) stay
/// whole. Parts get their own offsets when the token's text is as long as its span in the original; otherwise (a
/// folded character changed the length) each part keeps the whole token's offsets, as Lucene's WordDelimiterFilter does.
/// </summary>
internal sealed class PersianDigitSplitFilter : TokenFilter
{
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private readonly IPositionIncrementAttribute increment;
    private readonly Queue<(string Text, int Start, int End)> parts = new();
    private readonly LanguageRules rules;
    private State? state;

    public PersianDigitSplitFilter(TokenStream input, LanguageRules rules)
        : base(input)
    {
        this.rules = rules;
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (parts.TryDequeue(out var part))
        {
            RestoreState(state);
            Emit(part, positionIncrement: 1);
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (!HasDigit(term.Buffer.AsSpan(0, term.Length)) || !Split(term.ToString(), offset.StartOffset, offset.EndOffset))
        {
            return true;
        }

        state = CaptureState();
        Emit(parts.Dequeue(), increment.PositionIncrement);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        parts.Clear();
        state = null;
    }

    /// <summary>Queues the parts of <paramref name="text"/>; false when it has no letter–digit boundary.</summary>
    private bool Split(string text, int start, int end)
    {
        var exactOffsets = end - start == text.Length;
        var from = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i < text.Length && !IsBoundary(text[i - 1], text[i]))
            {
                continue;
            }

            if (from == 0 && i == text.Length)
            {
                return false;
            }

            parts.Enqueue((text[from..i], exactOffsets ? start + from : start, exactOffsets ? start + i : end));
            from = i;
        }

        return true;
    }

    private static bool HasDigit(ReadOnlySpan<char> text) => text.IndexOfAnyInRange('0', '9') >= 0;

    private bool IsBoundary(char left, char right) =>
        (char.IsAsciiDigit(left) && rules.IsLetter(right)) || (rules.IsLetter(left) && char.IsAsciiDigit(right));

    private void Emit((string Text, int Start, int End) part, int positionIncrement)
    {
        term.SetEmpty().Append(part.Text);
        offset.SetOffset(part.Start, part.End);
        increment.PositionIncrement = positionIncrement;
    }
}
