using System.Globalization;

namespace Archive.Core.Content.Checks;

/// <summary>
/// Terminal punctuation and sentence count: an original that ends with a full stop whose translation does not, and a
/// translation whose number of sentences is far from the original's (under half of it, or over twice it plus one),
/// which is how a dropped or an added sentence shows.
/// </summary>
public sealed class PunctuationCheck : IClauseCheck
{
    public string Id => "sentences";

    public IEnumerable<CheckFinding> Check(ClauseUnderCheck clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        if (Sentences.EndsWithStop(clause.Original) && !Sentences.EndsWithStop(clause.Translation))
        {
            yield return CheckFinding.Warning(Id, "the original ends with a full stop, the translation does not: is its end missing?");
        }

        var original = Sentences.Split(clause.Original).Count;
        var translated = Sentences.Split(BracketGlosses.Remove(clause.Translation)).Count;
        if (translated * 2 < original || translated > (original * 2) + 1)
        {
            yield return CheckFinding.Warning(Id, string.Create(CultureInfo.InvariantCulture, $"{translated} sentence(s) for the original's {original}"));
        }
    }
}
