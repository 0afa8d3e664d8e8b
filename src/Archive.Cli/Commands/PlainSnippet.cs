using System.Net;

namespace Archive.Cli.Commands;

/// <summary>A search snippet for the terminal: the marks as [brackets], HTML entities decoded (no &amp;#x2B; or &amp;#xA0;), no-break spaces as spaces.</summary>
internal static class PlainSnippet
{
    public static string From(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var marked = html.Replace("<mark>", "[", StringComparison.Ordinal).Replace("</mark>", "]", StringComparison.Ordinal);
        return WebUtility.HtmlDecode(marked).Replace('\u00A0', ' ');
    }
}
