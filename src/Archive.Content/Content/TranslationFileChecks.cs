using System.Globalization;
using Archive.Core.Import;

namespace Archive.Core.Content;

/// <summary>
/// Checks a translation file's front matter and its blocks' markers: complete front matter, a known language in its
/// own folder, a collection's folder below it (<c>translations/&lt;lang&gt;/&lt;collection&gt;/NN.md</c>), a resolution
/// that exists in that collection, and statuses and accepted check ids that exist.
/// </summary>
public static class TranslationFileChecks
{
    /// <summary>The statuses of a file or a block.</summary>
    public static IReadOnlyList<string> Statuses { get; } = ["draft", "reviewed", "approved", "outdated"];

    /// <summary>The file's language, collection and resolution, or nulls when its place or front matter does not allow checking it.</summary>
    public static (string? Language, string? Collection, int? Resolution) Check(TranslationFile file, IReadOnlySet<string> languages, IReadOnlySet<(string, int)> resolutions, List<ImportDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var fm = file.FrontMatter;
        if (fm is null)
        {
            return (null, null, null);
        }

        var collection = Path.GetFileName(Path.GetDirectoryName(file.File)) ?? string.Empty;
        var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(file.File))) ?? string.Empty;
        if (string.Equals(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(file.File)))), "translations", StringComparison.Ordinal) is false)
        {
            diagnostics.Add(ImportDiagnostic.Error(file.File, 1, "a translation file belongs in translations/<language>/<collection>/NN.md"));
            return (null, null, null);
        }

        var missing = new List<string>();
        if (fm.Resolution is null) { missing.Add("resolution"); }
        if (string.IsNullOrWhiteSpace(fm.Language)) { missing.Add("language"); }
        if (string.IsNullOrWhiteSpace(fm.Title)) { missing.Add("title"); }
        if (string.IsNullOrWhiteSpace(fm.Status)) { missing.Add("status"); }
        if (string.IsNullOrWhiteSpace(fm.Translator)) { missing.Add("translator"); }
        if (string.IsNullOrWhiteSpace(fm.Date)) { missing.Add("date"); }
        if (missing.Count > 0)
        {
            diagnostics.Add(ImportDiagnostic.Error(file.File, 1, "front matter lacks: " + string.Join(", ", missing)));
            return (null, null, null);
        }

        var ok = true;
        if (!languages.Contains(fm.Language!))
        {
            diagnostics.Add(ImportDiagnostic.Error(file.File, 1, $"unknown language code '{fm.Language}' (content/languages.yml lists the codes)"));
            ok = false;
        }
        else if (folder != fm.Language)
        {
            diagnostics.Add(ImportDiagnostic.Error(file.File, 1, $"language '{fm.Language}' does not match the folder '{folder}'"));
            ok = false;
        }

        if (fm.Collection is not null && !string.Equals(fm.Collection, collection, StringComparison.Ordinal))
        {
            diagnostics.Add(ImportDiagnostic.Error(file.File, 1, $"collection '{fm.Collection}' does not match the folder '{collection}'"));
            ok = false;
        }
        else if (!resolutions.Contains((collection, fm.Resolution!.Value)))
        {
            diagnostics.Add(ImportDiagnostic.Error(file.File, 1, string.Create(CultureInfo.InvariantCulture, $"unknown resolution {collection}/{fm.Resolution.Value}: the archive has no such resolution")));
            ok = false;
        }

        ok &= CheckStatus(fm.Status, file.File, 1, diagnostics);
        return ok ? (fm.Language, collection, fm.Resolution) : (null, null, null);
    }

    /// <summary>A block's own status and accepted checks; false when the block cannot be imported.</summary>
    public static bool CheckBlock(TranslationBlock block, string file, IReadOnlySet<string> checkIds, List<ImportDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(checkIds);
        var ok = block.Status is null || CheckStatus(block.Status, file, block.Line, diagnostics);
        foreach (var id in block.Accepted.Where(a => !checkIds.Contains(a.Split(':', 2)[0])))
        {
            diagnostics.Add(ImportDiagnostic.Error(file, block.Line, $"clause '{block.ClauseId}': accept={id} names no check (checks: {string.Join(", ", checkIds.Order(StringComparer.Ordinal))})"));
            ok = false;
        }

        return ok;
    }

    private static bool CheckStatus(string? status, string file, int line, List<ImportDiagnostic> diagnostics)
    {
        if (Statuses.Contains(status, StringComparer.Ordinal))
        {
            return true;
        }

        diagnostics?.Add(ImportDiagnostic.Error(file, line, $"status '{status}' is not one of {string.Join(", ", Statuses)}"));
        return false;
    }
}
