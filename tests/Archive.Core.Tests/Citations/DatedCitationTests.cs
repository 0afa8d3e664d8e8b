using Archive.Core.Citations;
using Archive.Tests.Citations;

namespace Archive.Core.Tests.Citations;

/// <summary>Where the collection states a date, every format gives it (and only its stated precision).</summary>
public class DatedCitationTests(DatedCitedArchive archive) : IClassFixture<DatedCitedArchive>
{
    [Fact]
    public async Task AStatedDateIsTheYearOfBibtexRisApaAndTheIssuedDateOfCslJson()
    {
        var source = await archive.SourceAsync("1:b", "en");

        Assert.Equal("2021", Assert.Single(BibtexReader.Read(CitationFormatter.Format(source, CitationFormat.Bibtex))).Fields["year"]);
        Assert.Contains(("PY", "2021"), Assert.Single(RisReader.Read(CitationFormatter.Format(source, CitationFormat.Ris))));
        var issued = Assert.Single(CslJsonCheck.Items(CitationFormatter.Format(source, CitationFormat.CslJson))).GetProperty("issued").GetProperty("date-parts")[0];
        Assert.Equal([2021, 12], issued.EnumerateArray().Select(n => n.GetInt32()));
        Assert.Contains("(2021).", CitationFormatter.Format(source, CitationFormat.Apa), StringComparison.Ordinal);
        Assert.Contains("Iran, 2021.", CitationFormatter.Format(source, CitationFormat.Chicago), StringComparison.Ordinal);
    }
}
