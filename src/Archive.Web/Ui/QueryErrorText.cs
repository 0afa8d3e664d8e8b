using System.Globalization;
using Archive.Core.Search;
using Microsoft.Extensions.Localization;

namespace Archive.Web.Ui;

/// <summary>The message for a query that cannot be run, in the interface language, from the resources (<c>QueryError_*</c>).</summary>
public static class QueryErrorText
{
    public static string For(SearchQueryException error, IStringLocalizer localizer, UiState ui)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(ui);
        var arguments = error.Arguments.Select(a => a is int n ? ui.Num(n) : a).ToArray();
        var template = localizer["QueryError_" + error.Error];
        return template.ResourceNotFound ? localizer["QueryError_Unspecified"] : string.Format(CultureInfo.InvariantCulture, template, arguments);
    }
}
