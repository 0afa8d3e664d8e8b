using System.Globalization;
using System.Resources;
using Archive.Core.Texts.Languages;
using Microsoft.Extensions.Options;

namespace Archive.Web.Ui;

/// <summary>
/// The languages the interface is offered in, from the setting <c>Archive:Web:InterfaceLanguages</c> (the default first),
/// and the language rules each one is shown with (direction, digits, marks).
/// </summary>
public sealed class InterfaceLanguages(IOptions<WebOptions> options, LanguageRulesRegistry rules)
{
    /// <summary>The interface strings (Resources/SharedResource*.resx), read here in a language other than the request's.</summary>
    private static readonly ResourceManager Strings = new(typeof(SharedResource).Namespace + ".Resources." + nameof(SharedResource), typeof(SharedResource).Assembly);

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

    /// <summary>The interface language's name in itself (<c>Deutsch</c>, <c>فارسی</c>), as the language switch shows it.</summary>
    public static string OwnName(string code) => InItself(code, "InterfaceName");

    /// <summary>What the switch to the interface in <paramref name="code"/> is called, in that language; it holds <see cref="OwnName"/>.</summary>
    public static string OwnLabel(string code) => InItself(code, "InterfaceLabel");

    private static string InItself(string code, string key) =>
        Strings.GetString(key, CultureInfo.GetCultureInfo(code)) ?? throw new InvalidOperationException($"Resources/SharedResource has no {key}.");
}
