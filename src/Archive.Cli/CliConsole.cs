namespace Archive.Cli;

/// <summary>Where a command writes: standard output for results, standard error for diagnostics.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error);
