using Archive.Core.Citations;
using Archive.Core.Texts;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Citations;

/// <summary>The real seed (with its metadata.yml, or one that states a date) and content imported once into a test archive.</summary>
public class CitedArchive : IAsyncLifetime
{
    public static readonly Uri Site = new("https://archive.example/base/");

    private TestArchive? _archive;

    /// <summary>A metadata.yml to put beside the seed instead of the real one.</summary>
    protected virtual string? Metadata => null;

    internal TestArchive Archive => _archive ?? throw new InvalidOperationException("not started");

    public CitationSources Sources => Archive.Services.GetRequiredService<CitationSources>();

    public async Task InitializeAsync()
    {
        _archive = await TestArchive.CreateAsync(withContent: true);
        var seed = _archive.CopyRealSeed("wpi-congress-12/resolutions.fa.txt");
        var metadata = Metadata ?? await File.ReadAllTextAsync(Path.Combine(RepositoryFiles.Root, "seeds", "wpi-congress-12", "metadata.yml"));
        await File.WriteAllTextAsync(Path.Combine(Path.GetDirectoryName(seed)!, "metadata.yml"), metadata);
        await _archive.Importer.ImportAsync([seed], Path.Combine(_archive.Root, "content"), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_archive is not null)
        {
            await _archive.DisposeAsync();
        }
    }

    public async Task<CitationSource> SourceAsync(string reference, string language)
    {
        Assert.True(TextRef.TryParse(reference, "wpi-congress-12", out var r));
        var found = await Sources.FindAsync(r.Value, language, Site, CancellationToken.None);
        return found.Source ?? throw new InvalidOperationException(found.Problem(r.Value));
    }
}
