using Archive.Core;
using Archive.Web;
using Archive.Web.Hosting;

var builder = WebApplication.CreateBuilder(StaticAssetFolders.HostOptions(args));
ProgramSettings.AddBesideProgram(builder.Configuration);
if (!ArchiveFaultException.DebugRequested)
{
    // A fault at start is written below as one line; the host's own record of it is a stack trace (ARCHIVE_DEBUG=1 keeps it).
    builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
}

builder.AddArchiveWeb();

var app = builder.Build();
if (StaticAssetFolders.Problem(app.Environment) is { } problem)
{
    await Console.Error.WriteLineAsync(problem);
    return 1;
}

try
{
    app.UseArchiveWeb();
    await app.RunAsync();
}
catch (Microsoft.Extensions.Options.OptionsValidationException ex)
{
    await Console.Error.WriteLineAsync("error: a setting is wrong: " + string.Join("; ", ex.Failures));
    return 1;
}
catch (ArchiveFaultException ex)
{
    await Console.Error.WriteLineAsync("error: " + (ArchiveFaultException.DebugRequested ? ex.ToString() : ex.Message));
    return 1;
}
catch (Exception ex) when (!ArchiveFaultException.DebugRequested)
{
    await Console.Error.WriteLineAsync($"error: the archive stopped on an unexpected {ex.GetType().Name}: {ex.Message} (ARCHIVE_DEBUG=1 shows where)");
    return 1;
}

// A background service that failed has logged why and set the exit code, so that systemd's Restart=on-failure restarts the site.
return Environment.ExitCode;

/// <summary>The web app's entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
