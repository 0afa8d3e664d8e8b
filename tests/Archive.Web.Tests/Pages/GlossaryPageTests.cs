namespace Archive.Web.Tests.Pages;

/// <summary>The glossary page shows the glossary as imported into the database, in the file's order.</summary>
[Collection(SharedWebApp.Name)]
public class GlossaryPageTests(ArchiveWebFactory factory)
{
    [Fact]
    public async Task Glossary_ShowsEachTermWithItsRenderings_InTheOrderOfTheImportedFile()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/glossary?ui=en", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode, $"/glossary: {(int)response.StatusCode}");
        var party = html.IndexOf("حزب کمونیست کارگری", StringComparison.Ordinal);
        var congress = html.IndexOf("کنگره دوازدهم", StringComparison.Ordinal);
        Assert.True(party >= 0 && congress > party, "the first two terms of glossary.yml, in order");
        Assert.Contains("the Worker-communist Party", html, StringComparison.Ordinal);
        Assert.Contains("die Arbeiterkommunistische Partei", html, StringComparison.Ordinal);
    }
}
