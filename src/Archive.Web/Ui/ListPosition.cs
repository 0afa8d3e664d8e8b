using System.Globalization;

namespace Archive.Web.Ui;

/// <summary>
/// Which page of a paged list (a collection's resolutions, a topic's) the URL asks for: <c>?page=N</c>, from 1, absent
/// for the first. A number that is not a whole number from 1, or a page past the end of the list, is no page (404).
/// </summary>
public sealed record ListPosition(int Page, int PageSize)
{
    /// <summary>Where the page starts in the whole list.</summary>
    public int Offset => (Page - 1) * PageSize;

    /// <summary>How many pages a list of <paramref name="total"/> items fills; an empty list has its one (empty) page.</summary>
    public int PageCount(int total) => Math.Max(1, (total + PageSize - 1) / PageSize);

    /// <summary>Whether this page exists in a list of <paramref name="total"/> items.</summary>
    public bool Exists(int total) => Page <= PageCount(total);

    /// <summary>Reads the <c>page</c> value as sent: absent is page 1; anything but ASCII digits naming a page from 1 (whose offset fits) is not a page.</summary>
    public static ListPosition? Read(string? raw, int pageSize)
    {
        if (raw is null)
        {
            return new ListPosition(1, pageSize);
        }

        return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1 && page <= int.MaxValue / pageSize
            ? new ListPosition(page, pageSize)
            : null;
    }
}
