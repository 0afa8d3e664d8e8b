namespace Archive.Core.Content.Checks;

/// <summary>
/// The band of plausible lengths for one translation language: translation letters / original letters between
/// <see cref="Low"/> and <see cref="High"/>, set from the archive's own clauses (<see cref="LengthCalibration"/>).
/// </summary>
public sealed record LengthBand(string Language, double Low, double High, double Median, double P5, double P95, int Clauses, string CalibratedOn);
