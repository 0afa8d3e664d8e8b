using Archive.Core.Content;
using Archive.Core.Storage;
using Archive.Core.Texts;
using Microsoft.EntityFrameworkCore;
using static System.FormattableString;

namespace Archive.Core.Import;

/// <summary>
/// Brings the glossary in the database in line with content/glossary.yml: terms matched by their original, updated in
/// place, in the file's order; terms no longer in the file are removed.
/// </summary>
internal static class GlossaryWriter
{
    private const string File = "content/glossary.yml";

    /// <summary>Writes the glossary; true when anything changed.</summary>
    public static async Task<bool> WriteAsync(ArchiveDbContext db, IReadOnlyList<GlossaryEntry> entries, CancellationToken cancellationToken)
    {
        var existing = await db.Glossary.ToDictionaryAsync(t => t.Original, StringComparer.Ordinal, cancellationToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var changed = false;
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var original = e.Fa?.Trim();
            if (string.IsNullOrEmpty(original) || !seen.Add(original))
            {
                var problem = string.IsNullOrEmpty(original) ? "has no term in the original's language" : Invariant($"repeats the term '{original}'");
                throw new ImportConflictException(ImportDiagnostic.Error(File, 0, Invariant($"glossary entry {i + 1} {problem}")));
            }

            if (!existing.Remove(original, out var term))
            {
                term = new GlossaryTerm { Original = original };
                db.Glossary.Add(term);
                changed = true;
            }

            (term.Ordinal, term.Note) = (i, e.Note);
            var renderings = e.Terms.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, kv.Value)).ToList();
            if (!renderings.SequenceEqual(term.Renderings.OrderBy(r => r.Language, StringComparer.Ordinal).Select(r => (r.Language, r.Text))))
            {
                term.Renderings.Clear();
                term.Renderings.AddRange(renderings.Select(r => new GlossaryRendering { Language = r.Key, Text = r.Value }));
                changed = true;
            }
        }

        changed |= existing.Count > 0;
        db.Glossary.RemoveRange(existing.Values);
        return changed || db.ChangeTracker.Entries<GlossaryTerm>().Any(e => e.State == EntityState.Modified);
    }
}
