using Archive.Core.Texts.Languages;
using Microsoft.AspNetCore.WebUtilities;

namespace Archive.Web.Ui;

/// <summary>
/// What the reader chose, all of it in the URL so a shared link reproduces the view: interface language (<c>ui</c>),
/// translation languages (<c>tr</c>, comma-separated) and layout (<c>layout</c>). Defaults are left out of URLs.
/// The interface languages and their rules come from <see cref="InterfaceLanguages"/>.
/// </summary>
public sealed record UiState(string Ui, IReadOnlyList<string> Translations, ReaderLayout Layout)
{
    public required InterfaceLanguages Languages { get; init; }

    /// <summary>The rules of the interface language: direction, digits, marks.</summary>
    public LanguageRules Rules => Languages.Rules(Ui);

    /// <summary>Whether the interface is Persian, the original's language: it shows the original's own labels and titles.</summary>
    public bool IsPersian => Rules is PersianRules;

    public string Dir => Rules.Direction;

    /// <summary>The interface languages the language switch offers: every other one, in the setting's order.</summary>
    public IReadOnlyList<string> OtherUis => [.. Languages.Codes.Where(c => c != Ui)];

    /// <summary>Translations shown: none when the layout is "original".</summary>
    public IReadOnlyList<string> Shown => Layout == ReaderLayout.Original ? [] : Translations;

    /// <summary>The state the request asks for; the interface languages come from the request's services.</summary>
    public static UiState From(HttpContext? context)
    {
        var languages = context?.RequestServices.GetService<InterfaceLanguages>()
            ?? throw new InvalidOperationException("The reader's state is read from a request, whose services hold the interface languages.");
        var query = Query(context);
        var ui = languages.Resolve(query?["ui"].ToString());
        IReadOnlyList<string> translations = query is not null && query.ContainsKey("tr")
            ? [.. query["tr"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(IsLanguageCode).Distinct(StringComparer.Ordinal).Take(8)]
            : DefaultTranslations(languages, ui);
        var layout = query?["layout"].ToString() switch
        {
            "stacked" => ReaderLayout.Stacked,
            "original" => ReaderLayout.Original,
            _ => ReaderLayout.Side,
        };
        return new UiState(ui, translations, layout) { Languages = languages };
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

    /// <summary>
    /// Readers of the default interface (the original's language) get the original alone; readers of another interface
    /// language get the translation into it (English readers the English panel) unless they chose otherwise.
    /// </summary>
    public IReadOnlyList<string> DefaultTranslations(string ui) => DefaultTranslations(Languages, ui);

    public static bool IsLanguageCode(string code) =>
        code.Length is >= 2 and <= 8 && code.All(c => c is (>= 'a' and <= 'z') or '-');

    /// <summary>A number in the interface's digits.</summary>
    public string Num(int n) => Rules.ToNativeDigits(n);

    /// <summary>A number in the interface's digits, for text already holding digits.</summary>
    public string Digits(string text) => Rules.ToNativeDigits(text);

    /// <summary>A link within the archive that keeps this state (or the overrides given).</summary>
    public string Link(string path, string? fragment = null, string? ui = null, IReadOnlyList<string>? translations = null, ReaderLayout? layout = null, IDictionary<string, string?>? extra = null)
    {
        var parameters = new Dictionary<string, string?>(StringComparer.Ordinal);
        var u = ui ?? Ui;
        if (u != Languages.Default)
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

    private static IReadOnlyList<string> DefaultTranslations(InterfaceLanguages languages, string ui) =>
        ui == languages.Default ? [] : [ui];
}
