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
        var query = Query(context);
        var ui = InterfaceLanguage(query?["ui"].ToString());
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

    /// <summary>
    /// The interface language a <c>ui</c> value asks for: its primary subtag in any case (<c>EN</c>, <c>en-US</c> and
    /// <c>en_GB</c> are <c>en</c>), or the default when it names no interface language.
    /// </summary>
    public static string InterfaceLanguage(string? value)
    {
        var primary = (value ?? string.Empty).Split('-', '_')[0].Trim().ToLowerInvariant();
        return InterfaceLanguages.FirstOrDefault(l => string.Equals(l, primary, StringComparison.Ordinal)) ?? DefaultUi;
    }

    /// <summary>The query of the request the reader sent (on an error page shown in its place, the original one).</summary>
    public static IQueryCollection? Query(HttpContext? context) =>
        context?.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is { } reExecuted
            ? new QueryCollection(QueryHelpers.ParseQuery(reExecuted.OriginalQueryString))
            : context?.Request.Query;

    /// <summary>The path the reader asked for (on an error page shown in its place, the original one).</summary>
    public static string Path(HttpContext? context) =>
        context?.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is { } reExecuted
            ? reExecuted.OriginalPathBase + reExecuted.OriginalPath
            : context is null ? "/" : context.Request.PathBase + context.Request.Path;

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
