using System.Globalization;
using System.Text.RegularExpressions;

namespace Archive.Core.Content.Checks;

/// <summary>
/// The same original sentence translated differently in two places, per language: whole clauses whose originals are
/// the same, and sentences of clauses whose original and translation have as many sentences (so the n-th renders the
/// n-th). Sentences of fewer than <see cref="MinWords"/> words are left out. A warning on each place but the first.
/// </summary>
public static partial class ConsistencyCheck
{
    public const string Id = "consistency";

    public const int MinWords = 3;

    public static IEnumerable<(ClauseUnderCheck Clause, CheckFinding Finding)> Check(IReadOnlyList<ClauseUnderCheck> clauses)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        var first = new Dictionary<(string Language, string Original), (ClauseUnderCheck Clause, string Translation)>();
        foreach (var clause in clauses)
        {
            var reported = false;
            foreach (var (original, translation) in Pairs(clause))
            {
                if (original.Split(' ').Length < MinWords)
                {
                    continue;
                }

                var key = (clause.Language, original);
                if (!first.TryGetValue(key, out var earlier))
                {
                    first[key] = (clause, translation);
                }
                else if (!reported && earlier.Translation != translation && earlier.Clause != clause)
                {
                    reported = true;
                    yield return (clause, CheckFinding.Warning(Id, string.Create(CultureInfo.InvariantCulture,
                        $"the same original sentence is translated otherwise in resolution {earlier.Clause.Resolution}, clause '{earlier.Clause.ClauseId}'")));
                }
            }
        }
    }

    private static IEnumerable<(string Original, string Translation)> Pairs(ClauseUnderCheck clause)
    {
        var translation = BracketGlosses.Remove(clause.Translation);
        yield return (Key(clause.Original), Key(translation));
        var originals = Sentences.Split(clause.Original);
        var translations = Sentences.Split(translation);
        if (originals.Count > 1 && originals.Count == translations.Count)
        {
            for (var i = 0; i < originals.Count; i++)
            {
                yield return (Key(originals[i]), Key(translations[i]));
            }
        }
    }

    /// <summary>Folded, lower case, punctuation and runs of space as one space.</summary>
    private static string Key(string text) =>
        NotWord().Replace(PersianTermMatcher.Normalise(text).ToLowerInvariant(), " ").Trim();

    [GeneratedRegex(@"[^\p{L}\p{Nd}]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotWord();
}
