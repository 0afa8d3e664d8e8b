using System.Globalization;
using Archive.Core.Texts;
using Microsoft.AspNetCore.WebUtilities;

namespace Archive.Web.Ui;

/// <summary>
/// What the reader chose, all of it in the URL so a shared link reproduces the view: interface language (<c>ui</c>),
/// translation languages (<c>tr</c>, comma-separated) and layout (<c>layout</c>). Defaults are left out of URLs.
/// </summary>
public sealed record UiState(string Ui, IReadOnlyList<string> Translations, ReaderLayout Layout)
{
    public const string DefaultUi = "fa";

    public static readonly IReadOnlyList<string> InterfaceLanguages = ["fa", "en"];

    public bool IsPersian => Ui == "fa";

    public string Dir => IsPersian ? "rtl" : "ltr";

    public string OtherUi => IsPersian ? "en" : "fa";

    /// <summary>Translations shown: none when the layout is "original".</summary>
    public IReadOnlyList<string> Shown => Layout == ReaderLayout.Original ? [] : Translations;

    public static UiState From(HttpContext? context)
    {
        var query = context?.Request.Query;
        var ui = query?["ui"].ToString() is { } u && InterfaceLanguages.Contains(u, StringComparer.Ordinal) ? u : DefaultUi;
        IReadOnlyList<string> translations = query is not null && query.ContainsKey("tr")
            ? [.. query["tr"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(IsLanguageCode).Distinct(StringComparer.Ordinal).Take(8)]
            : DefaultTranslations(ui);
        var layout = query?["layout"].ToString() switch
        {
            "stacked" => ReaderLayout.Stacked,
            "original" => ReaderLayout.Original,
            _ => ReaderLayout.Side,
        };
        return new UiState(ui, translations, layout);
    }

    /// <summary>English readers get the English panel unless they chose otherwise; Persian readers the original alone.</summary>
    public static IReadOnlyList<string> DefaultTranslations(string ui) => ui == "fa" ? [] : ["en"];

    public static bool IsLanguageCode(string code) =>
        code.Length is >= 2 and <= 8 && code.All(c => c is (>= 'a' and <= 'z') or '-');

    /// <summary>A number in the interface's digits.</summary>
    public string Num(int n) => IsPersian ? PersianText.ToPersianDigits(n) : n.ToString(CultureInfo.InvariantCulture);

    /// <summary>A number in the interface's digits, for text already holding digits.</summary>
    public string Digits(string text) => IsPersian ? PersianText.ToPersianDigits(text) : text;

    /// <summary>A link within the archive that keeps this state (or the overrides given).</summary>
    public string Link(string path, string? fragment = null, string? ui = null, IReadOnlyList<string>? translations = null, ReaderLayout? layout = null, IDictionary<string, string?>? extra = null)
    {
        var parameters = new Dictionary<string, string?>(StringComparer.Ordinal);
        var u = ui ?? Ui;
        if (u != DefaultUi)
        {
            parameters["ui"] = u;
        }

        var t = translations ?? Translations;
        if (!t.SequenceEqual(DefaultTranslations(u)))
        {
            parameters["tr"] = string.Join(',', t);
        }

        var l = layout ?? Layout;
        if (l != ReaderLayout.Side)
        {
            parameters["layout"] = l.ToString().ToLowerInvariant();
        }

        foreach (var (k, v) in extra ?? new Dictionary<string, string?>())
        {
            if (!string.IsNullOrEmpty(v))
            {
                parameters[k] = v;
            }
        }

        var url = QueryHelpers.AddQueryString(path, parameters);
        return fragment is null ? url : url + "#" + fragment;
    }
}
