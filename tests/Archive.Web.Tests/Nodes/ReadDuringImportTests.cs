using System.Net;
using Archive.Core.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Nodes;

/// <summary>
/// A reader page is read from one snapshot: while one node imports changed texts again and again, the other node's
/// resolution page, clause page and citation answer 200 every time (never a page built from two states of the database).
/// </summary>
public class ReadDuringImportTests
{
    private static readonly string[] Addresses = ["/wpi-congress-12/1", "/wpi-congress-12/1/a", "/api/collections/wpi-congress-12/resolutions/1/cite?format=bibtex"];

    [Fact]
    public async Task WhileOneNodeImportsRepeatedly_TheOtherNodesReaderPagesNeverFail()
    {
        await using var nodes = await TwoNodeArchive.StartAsync();
        if (nodes is null)
        {
            return;
        }

        var (root, first, second) = (nodes.Root, nodes.First, nodes.Second);
        var reader = second.CreateClient();
        var seed = Path.Combine(root, "seeds", "wpi-congress-12", "resolutions.fa.txt");
        var text = await File.ReadAllTextAsync(seed);
        var importer = first.Services.GetRequiredService<ArchiveImporter>();
        var imports = Task.Run(async () =>
        {
            for (var i = 0; i < 12; i++)
            {
                var word = i % 2 == 0 ? "نظیر خصوصی سازی زنبورستانی" : "نظیر خصوصی سازی";
                await File.WriteAllTextAsync(seed, text.Replace("نظیر خصوصی سازی", word, StringComparison.Ordinal));
                var report = await importer.ImportAsync(null, CancellationToken.None);
                Assert.True(report.Changed, string.Join('\n', report.Diagnostics));
            }
        });

        var failures = new List<string>();
        var (requests, changing) = (0, new HashSet<bool>());
        while (!imports.IsCompleted)
        {
            foreach (var address in Addresses)
            {
                using var response = await reader.GetAsync(new Uri(address, UriKind.Relative));
                requests++;
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures.Add($"{address}: {(int)response.StatusCode}");
                }
                else if (address == Addresses[0])
                {
                    changing.Add((await response.Content.ReadAsStringAsync()).Contains("زنبورستانی", StringComparison.Ordinal));
                }
            }
        }

        await imports;
        var errors = second.Logs.Messages.Where(m => m.StartsWith("Error", StringComparison.Ordinal) || m.StartsWith("Critical", StringComparison.Ordinal)).Distinct().Take(3);
        Assert.True(changing.Count == 2, $"the {requests} requests during the imports did not see the text both before and after an import");
        Assert.True(failures.Count == 0, $"{failures.Count} of {requests} answers failed during the imports ({string.Join(", ", failures.Distinct().Take(5))}); the app logged: {string.Join(" | ", errors)}");
    }
}
