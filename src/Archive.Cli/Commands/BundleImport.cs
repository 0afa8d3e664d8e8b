using Archive.Core;
using Archive.Core.Exports;
using Archive.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using static System.FormattableString;

namespace Archive.Cli.Commands;

/// <summary><c>archive import FILE.json</c>: restores an archive bundle into an empty database, all or nothing.</summary>
internal static class BundleImport
{
    /// <summary>Restores the bundle and says what it held; returns the new import generation.</summary>
    public static async Task<long> RestoreAsync(IServiceProvider services, string file, CliConsole console, CancellationToken ct)
    {
        var restorer = services.GetRequiredService<BundleRestorer>();
        var bundle = await restorer.ReadAsync(file, ct);
        long generation;
        try
        {
            generation = await restorer.RestoreAsync(bundle, file, ct);
        }
        catch (Exception ex) when (ex is not ArchiveFaultException && DatabaseFaults.Explain(ex, services.GetRequiredService<ArchiveLocations>(), "the database is unchanged (the restore is all or nothing)") is { } fault)
        {
            throw fault;
        }

        var resolutions = bundle.Collections.Sum(c => c.Resolutions.Count);
        var clauses = bundle.Collections.Sum(c => c.Resolutions.Sum(r => r.Clauses.Count));
        console.Out.WriteLine(Invariant($"{file}: restored bundle version {bundle.Version}: {bundle.Collections.Count} collection(s), {resolutions} resolutions, {clauses} clauses, {bundle.Topics.Count} topics, {bundle.Glossary.Count} glossary terms"));
        console.Out.WriteLine(Invariant($"import done: generation {generation}"));
        return generation;
    }
}
