using Archive.Core.Search;
using Archive.Core.Search.Analysis;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Search.Evaluation;

/// <summary>The real seed and content/ imported into a test archive and indexed once for all judged queries.</summary>
public sealed class EvaluationArchive : IAsyncLifetime
{
    private TestArchive? archive;

    public ArchiveSearch Search => Services.GetRequiredService<ArchiveSearch>();

    public AnalyzerRegistry Analyzers => Services.GetRequiredService<AnalyzerRegistry>();

    private ServiceProvider Services => archive?.Services ?? throw new InvalidOperationException("The archive is not built yet.");

    public async Task InitializeAsync()
    {
        archive = await TestArchive.CreateAsync(withContent: true);
        var report = await archive.Importer.ImportAsync([archive.CopyRealSeed()], CancellationToken.None);
        if (!report.Succeeded)
        {
            throw new InvalidOperationException("The real seed did not import: " + string.Join("; ", report.Diagnostics));
        }

        await Services.GetRequiredService<SearchIndex>().RebuildAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (archive is not null)
        {
            await archive.DisposeAsync();
        }
    }
}
