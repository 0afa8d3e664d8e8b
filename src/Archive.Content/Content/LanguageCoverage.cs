using Archive.Core.Content.Checks;

namespace Archive.Core.Content;

/// <summary>How much of the original one translation language covers, what the checks found in it, and its length band.</summary>
public sealed record LanguageCoverage(string Language, int Translated, int Total, int Errors, int Warnings, int Accepted, LengthBand? Band)
{
    public double Ratio => Total == 0 ? 0 : (double)Translated / Total;
}
