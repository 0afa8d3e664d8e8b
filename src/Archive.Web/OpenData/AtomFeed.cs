using System.Globalization;
using System.Text;
using System.Xml;
using Archive.Core.Feeds;

namespace Archive.Web.OpenData;

/// <summary>
/// The archive's changes as an Atom feed (RFC 4287): the feed's id, title, updated time, author and self link, and per
/// change an entry with a stable tag id, a title, its time, a summary and the canonical link of the resolution.
/// </summary>
public static class AtomFeed
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static string Write(IReadOnlyList<ArchiveChange> changes, Uri site, string self, string title, string author)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(site);
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true }))
        {
            xml.WriteStartElement("feed", Atom);
            xml.WriteElementString("id", Atom, new Uri(site, self.TrimStart('/')).AbsoluteUri);
            xml.WriteElementString("title", Atom, title);
            xml.WriteElementString("updated", Atom, Time(changes.Count > 0 ? changes.Max(c => c.When) : DateTimeOffset.UnixEpoch));
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, author);
            xml.WriteEndElement();
            Link(xml, "self", new Uri(site, self.TrimStart('/')).AbsoluteUri, "application/atom+xml");
            Link(xml, "alternate", site.AbsoluteUri, "text/html");
            foreach (var change in changes)
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, $"tag:{site.Host},2026:{change.Key}");
                xml.WriteElementString("title", Atom, change.Language is null
                    ? string.Create(CultureInfo.InvariantCulture, $"Resolution {change.Ref.Resolution} added: {change.Title}")
                    : string.Create(CultureInfo.InvariantCulture, $"Resolution {change.Ref.Resolution}, translation ({change.Language}) {change.Status}: {change.Title}"));
                xml.WriteElementString("updated", Atom, Time(change.When));
                Link(xml, "alternate", change.Ref.Url(site).AbsoluteUri, "text/html");
                xml.WriteElementString("summary", Atom, change.Language is null
                    ? $"A resolution of the collection {change.Collection} entered the archive."
                    : $"The {change.Language} translation is {change.Status}.");
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Time(DateTimeOffset when) => when.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
