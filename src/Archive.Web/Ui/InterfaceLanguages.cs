using Archive.Core.Texts.Languages;
using Microsoft.Extensions.Options;

namespace Archive.Web.Ui;

/// <summary>
/// The languages the interface is offered in, from the setting <c>Archive:Web:InterfaceLanguages</c> (the default first),
/// and the language rules each one is shown with (direction, digits, marks).
/// </summary>
public sealed class InterfaceLanguages(IOptions<WebOptions> options, LanguageRulesRegistry rules)
{
    /// <summary>The interface languages' codes, the default first.</summary>
    public IReadOnlyList<string> Codes => options.Value.InterfaceLanguages;

    public string Default => Codes[0];

    /// <summary>
    /// The interface language a <c>ui</c> value asks for: its primary subtag in any case (<c>EN</c>, <c>en-US</c> and
    /// <c>en_GB</c> are <c>en</c>), or the default when it names no interface language.
    /// </summary>
    public string Resolve(string? value)
    {
        var primary = (value ?? string.Empty).Split('-', '_')[0].Trim().ToLowerInvariant();
        return Codes.FirstOrDefault(l => string.Equals(l, primary, StringComparison.Ordinal)) ?? Default;
    }

    /// <summary>The rules the interface in <paramref name="code"/> is shown with.</summary>
    public LanguageRules Rules(string code) => rules.For(code);
}
