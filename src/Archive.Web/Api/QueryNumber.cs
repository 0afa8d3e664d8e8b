using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using static System.FormattableString;

namespace Archive.Web.Api;

/// <summary>
/// Whole numbers from the URL, read by the API itself so that a bad one gets a problem answer naming the parameter and
/// its range (the framework's own binding would answer an empty 400 or fall through to the HTML 404 page).
/// </summary>
internal static class QueryNumber
{
    /// <summary>False with a problem when <paramref name="raw"/> is given but is not a whole number in [min, max]; an absent value is null.</summary>
    public static bool TryRead(string? raw, string parameter, int min, int max, out int? value, [NotNullWhen(false)] out IResult? problem)
    {
        value = null;
        problem = null;
        if (raw is null)
        {
            return true;
        }

        if (!int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
        {
            problem = ApiProblem.BadParameter(parameter, Invariant($"must be a whole number from {min} to {max}"), raw);
            return false;
        }

        value = n;
        return true;
    }
}
