using System.Globalization;
using Archive.Core.Texts;
using Archive.Core.Texts.Languages;

namespace Archive.Core.Import;

/// <summary>Classifies one body line as a lettered item, a numbered item or a paragraph, and gives its id.</summary>
internal static class ClauseLine
{
    public static ParsedClause Classify(string line, LanguageRules language, int lineNumber, ref int paragraphs)
    {
        if (LinePrefix.TrySplit(line, out var prefix, out var rest))
        {
            var marker = line[..^rest.Length];
            var position = language.ItemLetterPosition(prefix);
            if (position > 0)
            {
                return new ParsedClause(language.ItemId(position), ClauseKind.Lettered, prefix, marker, rest, lineNumber);
            }

            if (language.TryParseNumber(prefix, out var number) && number > 0)
            {
                return new ParsedClause(number.ToString(CultureInfo.InvariantCulture), ClauseKind.Numbered, prefix, marker, rest, lineNumber);
            }
        }

        paragraphs++;
        return new ParsedClause(string.Create(CultureInfo.InvariantCulture, $"p{paragraphs}"), ClauseKind.Paragraph, string.Empty, string.Empty, line, lineNumber);
    }
}
