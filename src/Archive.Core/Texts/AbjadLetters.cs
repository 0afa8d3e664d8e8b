namespace Archive.Core.Texts;

/// <summary>
/// Persian item letters in abjad order (الف ب ج د ه و ز ح ط ی ک …) and their clause ids in
/// English legal style: the n-th letter becomes the n-th Latin letter (الف → a, ب → b, … ط → i).
/// </summary>
public static class AbjadLetters
{
    // Folded forms (PersianText.Fold), in abjad order.
    private static readonly string[] Order =
    [
        "الف", "ب", "ج", "د", "ه", "و", "ز", "ح", "ط", "ی", "ک", "ل", "م", "ن",
        "س", "ع", "ف", "ص", "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض", "ظ", "غ",
    ];

    /// <summary>All item letters, longest first, as printed after folding.</summary>
    public static IReadOnlyList<string> Letters { get; } = [.. Order.OrderByDescending(l => l.Length)];

    /// <summary>The 1-based abjad position of a (folded) item letter, or 0.</summary>
    public static int Position(string foldedLetter) => Array.IndexOf(Order, foldedLetter) + 1;

    /// <summary>The clause id for the 1-based abjad position: a … z, then aa, bb.</summary>
    public static string IdFor(int position)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(position, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, Order.Length);
        var letter = (char)('a' + ((position - 1) % 26));
        return position <= 26 ? letter.ToString() : new string(letter, 2);
    }
}
