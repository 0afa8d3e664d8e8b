using System.Globalization;
using Archive.Bench.Quality;
using Archive.Bench.Scale;

namespace Archive.Bench;

/// <summary>
/// dotnet run -c Release --project bench/Archive.Bench -- quality [--set core|en-readers|de-readers|cross-language|fa-derivational] [--rounds N] [--verbose]
/// dotnet run -c Release --project bench/Archive.Bench -- scale [--clauses N] [--queries N] [--threads N] [--no-import] [--keep] [--postgres CONNECTION] [--import-only] [--index-only]
/// (--no-import skips the real archive import and measures only indexing and queries; --keep keeps the imported
/// archive of N clauses and prints its database, for DB=… bench/load.sh; --postgres imports into a new database made on
/// that server for each run, given a connection string to its maintenance database; --import-only stops after the import; --index-only after the in-process indexing)
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("quality" or "scale"))
        {
            await Console.Error.WriteLineAsync("usage: quality [--set NAME] [--rounds N] [--verbose] | scale [--clauses N] [--queries N] [--threads N] [--no-import] [--keep] [--postgres CONNECTION] [--import-only] [--index-only]");
            return 2;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}"));
        return args[0] == "quality"
            ? await QualityBench.RunAsync(Option(args, "--rounds", 5), args.Contains("--verbose"), Text(args, "--set"))
            : await ScaleBench.RunAsync(new ScaleOptions(
                Option(args, "--clauses", 100_000),
                Option(args, "--queries", 300),
                Option(args, "--threads", Environment.ProcessorCount),
                !args.Contains("--no-import"),
                args.Contains("--keep"),
                Text(args, "--postgres"),
                args.Contains("--import-only"),
                args.Contains("--index-only")));
    }

    private static string? Text(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
