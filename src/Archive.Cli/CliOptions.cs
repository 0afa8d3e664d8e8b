using System.CommandLine;

namespace Archive.Cli;

/// <summary>Options shared by several commands.</summary>
internal static class CliOptions
{
    public static Option<string?> Db { get; } = new("--db")
    {
        Description = "SQLite database file (default: the data folder's archive.db, or ConnectionStrings__Archive)",
        Recursive = true,
    };

    public static Option<bool> Debug { get; } = new("--debug")
    {
        Description = "Print the stack trace with an error's one-line message (so does ARCHIVE_DEBUG=1)",
        Recursive = true,
    };

    public static Option<bool> Json { get; } = new("--json") { Description = "Print JSON for other tools to read" };

    public static Option<string?> Content { get; } = new("--content") { Description = "The content folder (default: content/ of the archive root)" };
}
