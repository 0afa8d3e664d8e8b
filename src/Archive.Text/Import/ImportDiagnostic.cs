using System.Globalization;

namespace Archive.Core.Import;

/// <summary>A warning or error about an input file, pointing at a 1-based line (0 when it concerns the whole file).</summary>
public sealed record ImportDiagnostic(string File, int Line, DiagnosticSeverity Severity, string Message)
{
    public static ImportDiagnostic Error(string file, int line, string message) => new(file, line, DiagnosticSeverity.Error, message);

    public static ImportDiagnostic Warning(string file, int line, string message) => new(file, line, DiagnosticSeverity.Warning, message);

    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary><c>file:line: error: message</c>, the form compilers use, so editors can jump to it.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}") : File;
        var level = IsError ? "error" : "warning";
        return $"{where}: {level}: {Message}";
    }
}
