using Archive.Evaluation;

namespace Archive.Core.Tests.Search.Evaluation;

/// <summary>
/// The hit@1 and recall@10 each reader set is held at. The goal is 1.00 for every set (issue search-meaning); these are
/// the floors measured after the last misses' causes were fixed (issue search-meaning: English and German analysis, fixed
/// expressions, vocabulary), so that no change can fall below them. Raise
/// a floor whenever the search gets better; never lower one.
/// </summary>
internal static class ReaderQueryFloors
{
    public static (double HitAt1, double RecallAt10) Of(JudgedQuerySet set, string lang) => (set.Name, lang) switch
    {
        ("en-readers", _) => (1.00, 1.00),
        ("de-readers", _) => (0.98, 1.00), // 94 of 95 judged firsts: Leiharbeiter (see docs/performance.md)
        ("cross-language", "en") => (1.00, 1.00),
        ("cross-language", "de") => (1.00, 1.00),
        ("fa-derivational", _) => (1.00, 1.00),
        _ => (1.0, 1.0),
    };
}
