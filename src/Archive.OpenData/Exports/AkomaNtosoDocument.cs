using System.Globalization;
using System.Xml.Linq;

namespace Archive.Core.Exports;

/// <summary>
/// One resolution in one language as an Akoma Ntoso 3.0 <c>statement</c> (the document type of a deliberative body's
/// resolutions): FRBR Work, Expression and Manifestation URIs in the identification, the body and the archive as
/// references, the title in the preface, and every clause as a <c>paragraph</c> (plain paragraphs) or <c>point</c>
/// (lettered and numbered items) whose <c>eId</c> is made from the clause id, so <c>para_p1</c>, <c>point_b</c>.
/// </summary>
public static class AkomaNtosoDocument
{
    public static readonly XNamespace Akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    /// <summary>The Work's URI: <c>/akn/ir/statement/resolution/{collection}/{number}</c> (no date part: the collection states none).</summary>
    public static string WorkUri(BundleSource collection, BundleResolution resolution)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(resolution);
        return string.Create(CultureInfo.InvariantCulture, $"/akn/ir/statement/resolution/{collection.Slug}/{resolution.Number}");
    }

    /// <summary>The clause's eId: <c>para_{id}</c> for a paragraph, <c>point_{id}</c> for an item.</summary>
    public static string EId(BundleClause clause) => (clause?.Kind == "paragraph" ? "para_" : "point_") + clause!.Id;

    /// <summary>The language as Akoma Ntoso writes it (ISO 639-2: fas, eng, deu).</summary>
    public static string Iso639Part2(string language) => new CultureInfo(language).ThreeLetterISOLanguageName;

    /// <param name="language">The original's language, or a translation's (its clauses without a translation are left out).</param>
    /// <param name="exported">When the export was made: the Manifestation's date.</param>
    public static XDocument Build(BundleSource collection, BundleResolution resolution, string language, DateTimeOffset exported)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(resolution);
        var original = language == collection.Language;
        var translation = original ? null : resolution.Translations.FirstOrDefault(t => t.Language == language);
        var work = WorkUri(collection, resolution);
        var expression = $"{work}/{Iso639Part2(language)}@";
        var workDate = collection.ImportedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var expressionDate = translation?.Date ?? workDate;
        var author = original ? "#body" : "#archive";
        var meta = new XElement(
            Akn + "meta",
            new XElement(
                Akn + "identification",
                new XAttribute("source", "#archive"),
                Frbr("FRBRWork", work + "/!main", work, workDate, "imported", "#body", new XElement(Akn + "FRBRcountry", new XAttribute("value", "ir")), new XElement(Akn + "FRBRnumber", new XAttribute("value", resolution.Number)), new XElement(Akn + "FRBRname", new XAttribute("value", "resolution"))),
                Frbr("FRBRExpression", expression + "/!main", expression, expressionDate, original ? "imported" : "translation", author, new XElement(Akn + "FRBRlanguage", new XAttribute("language", Iso639Part2(language)))),
                Frbr("FRBRManifestation", expression + "/!main.xml", expression + "/!main.xml", exported.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "exported", "#archive")),
            new XElement(
                Akn + "references",
                new XAttribute("source", "#archive"),
                Organization("body", $"/ontology/organization/{collection.Slug}", collection.Body ?? collection.Slug),
                Organization("archive", "/ontology/organization/archive", "Resolutions Archive")));
        var title = translation?.Title ?? resolution.Title;
        var clauses = resolution.Clauses
            .Select(c => (Clause: c, Text: original ? c.Text : c.Translations.FirstOrDefault(t => t.Language == language)?.PlainText))
            .Where(c => c.Text is not null)
            .Select(c => Clause(c.Clause, c.Text!, original));
        return new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(
                Akn + "akomaNtoso",
                new XElement(
                    Akn + "statement",
                    new XAttribute("name", "resolution"),
                    meta,
                    new XElement(Akn + "preface", new XElement(Akn + "p", new XElement(Akn + "docTitle", title))),
                    new XElement(Akn + "mainBody", clauses))));
    }

    private static XElement Frbr(string level, string self, string uri, string date, string dateName, string author, params XElement[] properties) =>
        new(
            Akn + level,
            new XElement(Akn + "FRBRthis", new XAttribute("value", self)),
            new XElement(Akn + "FRBRuri", new XAttribute("value", uri)),
            new XElement(Akn + "FRBRdate", new XAttribute("date", date), new XAttribute("name", dateName)),
            new XElement(Akn + "FRBRauthor", new XAttribute("href", author)),
            properties);

    private static XElement Organization(string eId, string href, string name) =>
        new(Akn + "TLCOrganization", new XAttribute("eId", eId), new XAttribute("href", href), new XAttribute("showAs", name));

    private static XElement Clause(BundleClause clause, string text, bool original)
    {
        var label = original ? clause.Label : Citations.PinpointLabel.ForTranslation(clause.Kind, clause.Id);
        return new XElement(
            Akn + (clause.Kind == "paragraph" ? "paragraph" : "point"),
            new XAttribute("eId", EId(clause)),
            label.Length > 0 ? new XElement(Akn + "num", label) : null,
            new XElement(Akn + "content", new XElement(Akn + "p", text)));
    }
}
