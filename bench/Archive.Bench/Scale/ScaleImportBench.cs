using System.Globalization;

namespace Archive.Bench.Scale;

/// <summary>
/// The import half of <c>scale</c>: the real <c>archive import</c> on synthetic seeds of N/10 and N clauses, each in its
/// own temporary root (nothing is written into the repository). Prints, per size, the whole command's time and rate, the
/// child's peak working set and the import's own timings (its Debug log lines), then time(N) ÷ time(N/10).
/// </summary>
internal static class ScaleImportBench
{
    /// <param name="keep">Keep the archive of <paramref name="clauses"/> clauses (database and index) and print where, for <c>DB=… bench/load.sh</c>.</param>
    /// <returns>The seconds the whole command took for <paramref name="clauses"/> clauses, or null if an import failed.</returns>
    /// <param name="postgres">A connection string to a PostgreSQL server's maintenance database: each import writes into a new database made there; null for a fresh SQLite file.</param>
    public static async Task<double?> RunAsync(SyntheticCorpus corpus, int clauses, bool keep, string? postgres)
    {
        var cli = ImportRun.FindCli();
        Console.WriteLine($"import: the built archive import ({Path.GetRelativePath(RepositoryRoot.Path, cli)}) as a separate process, {(postgres is null ? "fresh SQLite database" : "a new PostgreSQL database on the server given")}");
        var runs = new List<ImportRun>();
        foreach (var size in clauses >= 10 ? new[] { clauses / 10, clauses } : [clauses])
        {
            var seed = SyntheticSeed.Create(corpus, size);
            var kept = keep && size == clauses;
            using var disposal = kept ? null : seed;
            await using var database = postgres is null ? null : await ScratchPostgresDatabase.CreateAsync(postgres);
            var settings = new Dictionary<string, string>(seed.Settings, StringComparer.Ordinal);
            if (database is not null)
            {
                settings["Database__Provider"] = "Postgres";
                settings["ConnectionStrings__Archive"] = database.ConnectionString;
                database.Keep = kept;
            }

            var run = await ImportRun.RunAsync(cli, settings, size);
            if (kept)
            {
                Console.WriteLine($"kept the archive of {size:N0} clauses: {database?.ToString() ?? seed.Database}, index in {seed.Root} (delete it when done)");
            }

            runs.Add(run);
            Console.WriteLine(Invariant($"import {size,9:N0} clauses: {run.Seconds,7:0.0} s, {size / run.Seconds,8:N0} clauses/s for the whole command; {run.CpuSeconds,6:0.0} CPU-s, {size / run.CpuSeconds,8:N0} clauses per CPU-s; peak working set {run.PeakBytes / 1048576.0:N0} MiB, exit {run.ExitCode}"));
            foreach (var line in run.Output.Where(l => run.ExitCode != 0 || l.Contains("took", StringComparison.Ordinal)))
            {
                Console.WriteLine("    " + line);
            }

            if (run.ExitCode != 0)
            {
                return null;
            }
        }

        if (runs.Count == 2)
        {
            Console.WriteLine(Invariant($"import time({clauses:N0}) / time({clauses / 10:N0}) = {runs[1].Seconds / runs[0].Seconds:0.00} (linear: 10)"));
        }

        return runs[^1].Seconds;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
