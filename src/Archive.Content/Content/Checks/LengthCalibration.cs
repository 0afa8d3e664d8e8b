namespace Archive.Core.Content.Checks;

/// <summary>
/// Sets each language's length band from the archive's clauses (docs/translation-checks.md has the figures): the
/// ratio of letters (translation without its bracket glosses / original) over clauses of at least
/// <see cref="MinLetters"/> letters, and the band from the 5th percentile divided by <see cref="Margin"/> to the 95th
/// times it. Reviewed and approved clauses are the sample once there are <see cref="MinSample"/> of them; until then
/// all clauses are, which the band's <see cref="LengthBand.CalibratedOn"/> says. A language with fewer clauses than
/// that borrows the pooled figures of all languages.
/// </summary>
public static class LengthCalibration
{
    public const int MinLetters = 40;

    public const double Margin = 1.5;

    public const int MinSample = 20;

    /// <summary>Letters and digits, the measure of length for both scripts.</summary>
    public static int Letters(string text) => (text ?? string.Empty).Count(char.IsLetterOrDigit);

    /// <summary>The ratio for a clause, or null when the original is too short to say.</summary>
    public static double? Ratio(string original, string translation)
    {
        var o = Letters(original);
        return o < MinLetters ? null : (double)Letters(BracketGlosses.Remove(translation)) / o;
    }

    /// <summary>The bands per language from (language, original, translation, reviewed) samples.</summary>
    public static IReadOnlyDictionary<string, LengthBand> Calibrate(IEnumerable<(string Language, string Original, string Translation, bool Reviewed)> clauses)
    {
        var samples = clauses.Select(c => (c.Language, Ratio: Ratio(c.Original, c.Translation), c.Reviewed)).Where(s => s.Ratio is not null).ToList();
        var pooled = Band("*", samples.Select(s => s.Ratio!.Value).ToList(), "all languages");
        var bands = new Dictionary<string, LengthBand>(StringComparer.Ordinal);
        foreach (var language in samples.GroupBy(s => s.Language, StringComparer.Ordinal))
        {
            var band = Band(language.Key, [.. language.Where(s => s.Reviewed).Select(s => s.Ratio!.Value)], "reviewed clauses")
                ?? Band(language.Key, [.. language.Select(s => s.Ratio!.Value)], "all clauses (too few reviewed)")
                ?? (pooled is null ? null : pooled with { Language = language.Key });
            if (band is not null)
            {
                bands[language.Key] = band;
            }
        }

        return bands;
    }

    /// <summary>The value below which <paramref name="p"/> of the sorted values lie (linear interpolation).</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var rank = p * (sorted.Count - 1);
        var lo = (int)Math.Floor(rank);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + ((rank - lo) * (sorted[hi] - sorted[lo]));
    }

    private static LengthBand? Band(string language, List<double> ratios, string on)
    {
        if (ratios.Count < MinSample)
        {
            return null;
        }

        ratios.Sort();
        var (p5, p95) = (Percentile(ratios, 0.05), Percentile(ratios, 0.95));
        return new LengthBand(language, p5 / Margin, p95 * Margin, Percentile(ratios, 0.5), p5, p95, ratios.Count, on);
    }
}
