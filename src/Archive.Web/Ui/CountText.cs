using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Archive.Web.Ui;

/// <summary>
/// A count in running text, in the interface's digits: "1 clause", "2 clauses". A string <c>X</c> taking a count has
/// its form for exactly one as <c>X_one</c> (in Persian the same, which does not inflect a noun after a number).
/// </summary>
public static class CountText
{
    public const string OneSuffix = "_one";

    public static string Of(IStringLocalizer localizer, UiState ui, string key, int count)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(ui);
        var one = count == 1 ? localizer[key + OneSuffix] : null;
        var template = one is { ResourceNotFound: false } ? one : localizer[key];
        return string.Format(CultureInfo.InvariantCulture, template, ui.Num(count));
    }
}
