namespace Archive.Core.Import;

/// <summary>Splits a line at a label dash near its start: "الف- متن" → ("الف", "متن"), "٧ - متن" → ("٧", "متن").</summary>
internal static class LinePrefix
{
    /// <summary>A label is at most three characters (الف, ١٢٣), plus spaces around the dash.</summary>
    private const int MaxPrefix = 6;

    public static bool TrySplit(string trimmedLine, out string prefix, out string rest)
    {
        prefix = rest = string.Empty;
        var limit = Math.Min(trimmedLine.Length, MaxPrefix + 1);
        for (var i = 1; i < limit; i++)
        {
            if (trimmedLine[i] is '-' or '\u2013')
            {
                prefix = trimmedLine[..i].Trim();
                rest = trimmedLine[(i + 1)..].Trim();
                return prefix.Length > 0 && prefix.Length <= 3 && !prefix.Any(char.IsWhiteSpace) && rest.Length > 0;
            }
        }

        return false;
    }
}
