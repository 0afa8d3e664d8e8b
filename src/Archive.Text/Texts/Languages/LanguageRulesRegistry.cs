using System.Collections.Frozen;

namespace Archive.Core.Texts.Languages;

/// <summary>
/// The language rules by code. Registered once in the container with every <see cref="LanguageRules"/> registered there;
/// a code without rules of its own gets <see cref="NeutralRules"/>. Codes are read by their primary subtag in any case:
/// "FA-ir" is Persian.
/// </summary>
public sealed class LanguageRulesRegistry
{
    private readonly FrozenDictionary<string, LanguageRules> rules;

    public LanguageRulesRegistry(IEnumerable<LanguageRules> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        var list = languages.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("at least one language's rules must be registered", nameof(languages));
        }

        Default = list[0];
        rules = list.ToFrozenDictionary(l => l.Code, StringComparer.Ordinal);
    }

    /// <summary>The first rules registered: the language of a seed that names none (neither in metadata.yml nor in its file name).</summary>
    public LanguageRules Default { get; }

    /// <summary>The rules the archive ships, for code the container does not build (analyzers in tests and benchmarks).</summary>
    public static LanguageRulesRegistry BuiltIn { get; } = new([PersianRules.Instance, SoraniRules.Instance]);

    /// <summary>The rules of <paramref name="languageCode"/>, or neutral rules for it.</summary>
    public LanguageRules For(string languageCode)
    {
        var code = PrimarySubtag(languageCode);
        return rules.TryGetValue(code, out var found) ? found : new NeutralRules(code);
    }

    /// <summary>Whether <paramref name="code"/> looks like a language tag: 2–12 ASCII letters, digits and dashes, starting with two letters.</summary>
    public static bool IsLanguageCode(string code) =>
        code.Length is >= 2 and <= 12 && char.IsAsciiLetter(code[0]) && char.IsAsciiLetter(code[1])
        && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>The primary subtag, lower case: "en-GB" → "en", "de_CH" → "de".</summary>
    public static string PrimarySubtag(string languageCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(languageCode);
        var code = languageCode.Trim();
        var dash = code.IndexOfAny(['-', '_']);
        return (dash > 0 ? code[..dash] : code).ToLowerInvariant();
    }
}
