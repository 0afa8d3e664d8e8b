namespace Archive.Web.Tests.Hostile;

/// <summary>
/// An app on an archive whose seed and translation carry markup: a heading, clauses, a translated title and translator,
/// and Markdown blocks with scripts, frames, event handlers and script links.
/// </summary>
public sealed class HostileContentArchive : IsolatedArchive
{
    private const string Seed = """
        قطعنامه در مورد <script>alert('heading')</script>
        متن <script>alert('clause')</script> پایان
        الف- <img src=x onerror=alert('img')> و <iframe src=https://evil.example></iframe>
        قرار در مورد آزمون
        متن دوم "><script>alert('attr')</script><a href="javascript:alert('a')">x</a>
        """;

    private const string Translation = """
        ---
        resolution: 1
        language: en
        title: "<script>alert('title')</script> Resolution"
        status: draft
        translator: "<img src=x onerror=alert('translator')>"
        date: 2026-11-24
        ---

        {#p1}
        Text <script>alert('md')</script> [click](javascript:alert('link')) <img src=x onerror=alert('mdimg')> end

        {#a}
        Item &#106;avascript:alert(1) <javascript:alert('auto')> [data](data:text/html,alert) <iframe src=x></iframe>
        """;

    protected override async Task PrepareAsync(string root)
    {
        Directory.CreateDirectory(Path.Combine(root, "seeds", "hostile"));
        Directory.CreateDirectory(Path.Combine(root, "content", "translations", "en", "hostile"));
        await File.WriteAllTextAsync(Path.Combine(root, "seeds", "hostile", "resolutions.fa.txt"), Seed);
        await File.WriteAllTextAsync(Path.Combine(root, "content", "translations", "en", "hostile", "01.md"), Translation);
        File.Copy(Path.Combine(ArchiveWebFactory.RepositoryRoot, "content", "languages.yml"), Path.Combine(root, "content", "languages.yml"));
    }
}
