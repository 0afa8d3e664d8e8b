namespace Archive.Core.Content;

/// <summary>How much of the original one translation language covers, and how many checks it fails.</summary>
public sealed record LanguageCoverage(string Language, int Translated, int Total, int MissingNumbers, int ImplausibleLengths)
{
    public double Ratio => Total == 0 ? 0 : (double)Translated / Total;
}
