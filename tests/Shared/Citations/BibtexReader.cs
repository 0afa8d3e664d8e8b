using System.Text;

namespace Archive.Tests.Citations;

/// <summary>
/// Reads BibTeX as BibTeX does, strictly: <c>@type{key,</c>, then <c>name = {value}</c> or <c>name = digits</c> fields
/// separated by commas, braces balanced, <c>}</c> closing the entry. Anything else is an error naming the position.
/// </summary>
internal static class BibtexReader
{
    public sealed record Entry(string Type, string Key, IReadOnlyDictionary<string, string> Fields);

    public static IReadOnlyList<Entry> Read(string text)
    {
        var entries = new List<Entry>();
        var i = 0;
        while (true)
        {
            SkipSpace(text, ref i);
            if (i >= text.Length)
            {
                return entries;
            }

            Expect(text, ref i, '@');
            var type = Word(text, ref i);
            Expect(text, ref i, '{');
            var key = Until(text, ref i, ',');
            if (key.Length == 0 || key.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':' or '.')))
            {
                throw new FormatException($"entry key '{key}' is not a BibTeX key");
            }

            Expect(text, ref i, ',');
            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            while (true)
            {
                SkipSpace(text, ref i);
                if (Peek(text, i) == '}')
                {
                    i++;
                    break;
                }

                var name = Word(text, ref i);
                SkipSpace(text, ref i);
                Expect(text, ref i, '=');
                SkipSpace(text, ref i);
                var value = Peek(text, i) == '{' ? Braced(text, ref i) : Word(text, ref i);
                if (!fields.TryAdd(name, value))
                {
                    throw new FormatException($"field '{name}' given twice");
                }

                SkipSpace(text, ref i);
                if (Peek(text, i) == ',')
                {
                    i++;
                }
                else if (Peek(text, i) != '}')
                {
                    throw new FormatException($"at {i}: ',' or '}}' expected after field '{name}'");
                }
            }

            entries.Add(new Entry(type.ToLowerInvariant(), key, fields));
        }
    }

    private static string Braced(string text, ref int i)
    {
        Expect(text, ref i, '{');
        var depth = 1;
        var value = new StringBuilder();
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                value.Append(c).Append(text[++i]);
                continue;
            }

            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0)
            {
                i++;
                return value.ToString();
            }

            value.Append(c);
        }

        throw new FormatException("a braced value is never closed");
    }

    private static string Word(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '-' or '_'))
        {
            i++;
        }

        return i > start ? text[start..i] : throw new FormatException($"at {i}: a name expected");
    }

    private static string Until(string text, ref int i, char end)
    {
        var start = i;
        while (i < text.Length && text[i] != end)
        {
            i++;
        }

        return text[start..i].Trim();
    }

    private static void Expect(string text, ref int i, char c)
    {
        if (Peek(text, i) != c)
        {
            throw new FormatException($"at {i}: '{c}' expected, found '{Peek(text, i)}'");
        }

        i++;
    }

    private static char Peek(string text, int i) => i < text.Length ? text[i] : '\0';

    private static void SkipSpace(string text, ref int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
    }
}
