using System.Globalization;
using System.Text;
using System.Xml;
using Archive.Web.Api;
using Microsoft.Extensions.Options;

namespace Archive.Web.OpenData;

/// <summary>
/// <c>/sitemap.xml</c>, the sitemap index robots.txt names, and the files it points at, <c>/sitemap-1.xml</c> onwards,
/// each of at most <see cref="WebOptions.SitemapUrlsPerFile"/> canonical URLs with their alternates in every interface
/// language. A file that does not exist (0, a word, past the last) is 404.
/// </summary>
internal static class SitemapEndpoints
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    public static IEndpointRouteBuilder MapSitemapEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sitemap.xml", async (HttpRequest request, SitemapPaths paths, IOptions<WebOptions> options, CancellationToken ct) =>
        {
            var files = FileCount(await paths.CountAsync(ct), options.Value.SitemapUrlsPerFile);
            return Xml(xml =>
            {
                xml.WriteStartElement("sitemapindex", Namespace);
                for (var file = 1; file <= files; file++)
                {
                    xml.WriteStartElement("sitemap");
                    xml.WriteElementString("loc", SiteAddress.Text(request) + FilePath(file));
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            });
        }).AllowHead().ExcludeFromDescription();

        app.MapGet("/sitemap-{file}.xml", async Task<IResult> (string file, HttpRequest request, SitemapPaths paths, Ui.InterfaceLanguages languages, IOptions<WebOptions> options, CancellationToken ct) =>
        {
            var perFile = options.Value.SitemapUrlsPerFile;
            if (!int.TryParse(file, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1
                || number > FileCount(await paths.CountAsync(ct), perFile))
            {
                return TypedResults.NotFound();
            }

            var window = await paths.WindowAsync((number - 1) * perFile, perFile, ct);
            var site = SiteAddress.Text(request);
            return Xml(xml =>
            {
                xml.WriteStartElement("urlset", Namespace);
                xml.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
                foreach (var path in window)
                {
                    WriteUrl(xml, site + path, languages);
                }

                xml.WriteEndElement();
            });
        }).AllowHead().ExcludeFromDescription();
        return app;
    }

    /// <summary>The path of a sitemap file by its number, from 1.</summary>
    public static string FilePath(int file) => string.Create(CultureInfo.InvariantCulture, $"/sitemap-{file}.xml");

    /// <summary>Files for <paramref name="urls"/> URLs: at least one, so that the index always names a file.</summary>
    private static int FileCount(int urls, int perFile) => Math.Max(1, (int)((urls + (long)perFile - 1) / perFile));

    private static Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult Xml(Action<XmlWriter> write)
    {
        var sb = new StringBuilder();
        using (var xml = XmlWriter.Create(sb, new XmlWriterSettings { Indent = true }))
        {
            xml.WriteStartDocument();
            write(xml);
        }

        return TypedResults.Text(sb.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal), "application/xml");
    }

    /// <summary>A page and, as xhtml:link alternates, the same page in every interface language (the default without <c>ui</c>).</summary>
    private static void WriteUrl(XmlWriter xml, string loc, Ui.InterfaceLanguages languages)
    {
        xml.WriteStartElement("url");
        xml.WriteElementString("loc", loc);
        foreach (var code in languages.Codes)
        {
            xml.WriteStartElement("xhtml", "link", Xhtml);
            xml.WriteAttributeString("rel", "alternate");
            xml.WriteAttributeString("hreflang", code);
            xml.WriteAttributeString("href", code == languages.Default ? loc : loc + "?ui=" + code);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
