using System.Text.RegularExpressions;

namespace Archive.Core.Content.Checks;

/// <summary>
/// Sentences of a clause, Persian or Latin script: a sentence ends at . ! ? ؟ or … before a space or the end, except
/// after a digit ("12. Kongress") or a one- or two-letter abbreviation ("z. B.", "Nr.").
/// </summary>
public static partial class Sentences
{
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = new List<string>();
        var start = 0;
        foreach (Match m in End().Matches(text))
        {
            var end = m.Index + m.Length;
            parts.Add(text[start..end].Trim());
            start = end;
        }

        if (text[start..].Trim().Length > 0)
        {
            parts.Add(text[start..].Trim());
        }

        return parts;
    }

    /// <summary>Whether the text ends with a sentence's final punctuation (closing quotes and brackets aside).</summary>
    public static bool EndsWithStop(string text) => FinalStop().IsMatch(text ?? string.Empty);

    [GeneratedRegex(@"(?<![0-9\u06F0-\u06F9\u0660-\u0669])(?<!(?:^|\s)\p{L}{1,2})[.!?؟…]+[""”“»)\]]*(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex End();

    [GeneratedRegex(@"[.!?؟…][""”“»’')\]]*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex FinalStop();
}
