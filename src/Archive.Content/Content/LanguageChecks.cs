using Archive.Core.Import;

namespace Archive.Core.Content;

/// <summary>Checks content/languages.yml and returns the known language codes.</summary>
internal static class LanguageChecks
{
    private const string File = "content/languages.yml";

    public static IReadOnlySet<string> Check(IReadOnlyList<LanguageEntry> languages, IReadOnlySet<string> originalLanguages, List<ImportDiagnostic> diagnostics)
    {
        var codes = new HashSet<string>(originalLanguages, StringComparer.Ordinal);
        for (var i = 0; i < languages.Count; i++)
        {
            var l = languages[i];
            if (string.IsNullOrWhiteSpace(l.Code) || string.IsNullOrWhiteSpace(l.NativeName) || string.IsNullOrWhiteSpace(l.EnglishName))
            {
                diagnostics.Add(ImportDiagnostic.Error(File, 0, $"language entry {i + 1} needs code, native_name and english_name"));
                continue;
            }

            if (l.Direction is not ("rtl" or "ltr"))
            {
                diagnostics.Add(ImportDiagnostic.Error(File, 0, $"language '{l.Code}': direction must be rtl or ltr"));
            }

            if (!codes.Add(l.Code) && !originalLanguages.Contains(l.Code))
            {
                diagnostics.Add(ImportDiagnostic.Error(File, 0, $"language '{l.Code}' is listed twice"));
            }
        }

        return codes;
    }
}
