using System.Globalization;
using Archive.Core.Texts;

namespace Archive.Core.Exports;

/// <summary>
/// What a bundle must hold before anything of it is written: known kinds and statuses, unique resolution numbers and
/// clause ids, valid clause ids, and topics that exist. The first fault found is one line naming the file and the place.
/// </summary>
internal static class BundleChecks
{
    public static void Check(ArchiveBundle bundle, string file)
    {
        var topics = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in bundle.Topics)
        {
            Require(topics.Add(t.Slug), file, $"topic '{t.Slug}' is given twice");
        }

        var slugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in bundle.CollectionRecords ?? [])
        {
            Require(TextRef.IsValidSlug(c.Slug) && slugs.Add(c.Slug), file, $"collection '{c.Slug}' is not a collection slug or is given twice");
        }

        foreach (var s in bundle.Collections)
        {
            Require(TextRef.IsValidSlug(s.Slug) && (bundle.CollectionRecords is null || slugs.Contains(s.Slug)), file, $"source '{s.Path}': collection '{s.Slug}' is not a collection slug or not among the bundle's collections");
        }

        var numbers = new HashSet<(string, int)>();
        foreach (var (slug, r) in bundle.Collections.SelectMany(c => c.Resolutions.Select(r => (c.Slug, r))))
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"resolution {slug}/{r.Number}");
            Require(r.Number >= 1 && numbers.Add((slug, r.Number)), file, $"{at} is given twice or is not a number from 1");
            Require(IsKind<ResolutionKind>(r.Kind), file, $"{at}: kind '{r.Kind}' is not one of qatnameh, qarar");
            Require(r.Topics.All(topics.Contains), file, $"{at}: a topic it names is not among the bundle's topics");
            Require(r.Translations.All(t => IsKind<TranslationStatus>(t.Status)), file, $"{at}: a translation's status is not one of draft, reviewed, approved, outdated");
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var c in r.Clauses)
            {
                Require(TextRef.IsValidClauseId(c.Id) && ids.Add(c.Id), file, $"{at}: clause id '{c.Id}' is not a clause id or is given twice");
                Require(IsKind<ClauseKind>(c.Kind), file, $"{at}, clause {c.Id}: kind '{c.Kind}' is not one of paragraph, lettered, numbered");
                Require(c.Translations.All(t => IsKind<TranslationStatus>(t.Status)), file, $"{at}, clause {c.Id}: a translation's status is not one of draft, reviewed, approved, outdated");
            }
        }
    }

    /// <summary>A kind or status by its lower-case name (<c>qatnameh</c>, <c>lettered</c>, <c>draft</c>).</summary>
    public static T Kind<T>(string name)
        where T : struct, Enum =>
        Enum.TryParse<T>(name, ignoreCase: true, out var value) && Enum.IsDefined(value) && !char.IsAsciiDigit(name[0])
            ? value
            : throw new ArgumentOutOfRangeException(nameof(name), name, $"not a {typeof(T).Name}");

    private static bool IsKind<T>(string? name)
        where T : struct, Enum =>
        !string.IsNullOrEmpty(name) && !char.IsAsciiDigit(name[0]) && Enum.TryParse<T>(name, ignoreCase: true, out var value) && Enum.IsDefined(value);

    private static void Require(bool condition, string file, string message)
    {
        if (!condition)
        {
            throw new ArchiveFaultException($"{file}: {message}; nothing was written");
        }
    }
}
