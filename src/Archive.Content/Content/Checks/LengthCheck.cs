using System.Globalization;

namespace Archive.Core.Content.Checks;

/// <summary>
/// Truncation and padding: a translation whose length next to the original's lies outside its language's calibrated
/// <see cref="LengthBand"/>. Clauses under <see cref="LengthCalibration.MinLetters"/> letters are not judged.
/// </summary>
public sealed class LengthCheck(IReadOnlyDictionary<string, LengthBand> bands) : IClauseCheck
{
    public string Id => "length";

    public IEnumerable<CheckFinding> Check(ClauseUnderCheck clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        if (!bands.TryGetValue(clause.Language, out var band) || LengthCalibration.Ratio(clause.Original, clause.Translation) is not { } ratio
            || (ratio >= band.Low && ratio <= band.High))
        {
            yield break;
        }

        var what = ratio < band.Low ? "shorter" : "longer";
        yield return CheckFinding.Warning(Id, string.Create(CultureInfo.InvariantCulture,
            $"the translation is {ratio:0.00}× the original's length, {what} than the {clause.Language} band {band.Low:0.00}–{band.High:0.00} (median {band.Median:0.00}): check for omissions or additions"));
    }
}
