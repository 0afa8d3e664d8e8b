using System.Text;
using System.Xml;

namespace Archive.Web.OpenData;

/// <summary>
/// The OpenSearch 1.1 description (<c>/opensearch.xml</c>): a browser adds the archive as a search engine whose
/// template opens the search page; every URL in it is an absolute URL of this site, made from the address it was asked at.
/// One description per interface language: its search page (and the description itself) carry <c>ui=</c> unless it is the default.
/// </summary>
public static class OpenSearchDescription
{
    private const string Namespace = "http://a9.com/-/spec/opensearch/1.1/";

    /// <summary>OpenSearch allows a short name of 16 characters at most.</summary>
    public const int ShortNameLength = 16;

    public static string Write(Uri site, string shortName, string description, string language, string defaultLanguage)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(shortName);
        var ui = string.Equals(language, defaultLanguage, StringComparison.Ordinal) ? string.Empty : "ui=" + Uri.EscapeDataString(language);
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true }))
        {
            xml.WriteStartElement("OpenSearchDescription", Namespace);
            xml.WriteElementString("ShortName", Namespace, shortName.Length > ShortNameLength ? shortName[..ShortNameLength].TrimEnd() : shortName);
            xml.WriteElementString("Description", Namespace, description);
            xml.WriteElementString("InputEncoding", Namespace, "UTF-8");
            xml.WriteElementString("Language", Namespace, language);
            xml.WriteStartElement("Image", Namespace);
            xml.WriteAttributeString("width", "16");
            xml.WriteAttributeString("height", "16");
            xml.WriteAttributeString("type", "image/x-icon");
            xml.WriteString(new Uri(site, "favicon.ico").AbsoluteUri);
            xml.WriteEndElement();
            Url(xml, "text/html", "results", new Uri(site, "search").AbsoluteUri + "?q={searchTerms}" + (ui.Length == 0 ? string.Empty : "&" + ui));
            Url(xml, "application/json", "results", new Uri(site, "api/search").AbsoluteUri + "?q={searchTerms}&offset={startIndex?}&limit={count?}", indexOffset: "0");
            Url(xml, "application/opensearchdescription+xml", "self", new Uri(site, "opensearch.xml").AbsoluteUri + (ui.Length == 0 ? string.Empty : "?" + ui));
            xml.WriteEndElement();
        }

        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static void Url(XmlWriter xml, string type, string rel, string template, string? indexOffset = null)
    {
        xml.WriteStartElement("Url", Namespace);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("template", template);
        if (indexOffset is not null)
        {
            xml.WriteAttributeString("indexOffset", indexOffset);
        }

        xml.WriteEndElement();
    }
}
