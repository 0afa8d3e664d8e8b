using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace Archive.Core;

/// <summary>
/// The settings file that ships beside the program (<c>appsettings.json</c> in the build or publish folder) is read
/// first, wherever the app is started from: a build started from another working folder (an operator's data folder, a
/// test's scratch folder) has no settings file in its content root and would otherwise run without the archive's
/// defaults. It is the lowest source: the content root's files, the environment and the command line still override it.
/// </summary>
public static class ProgramSettings
{
    public static void AddBesideProgram(IConfigurationBuilder configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var file = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        if (!File.Exists(file))
        {
            return;
        }

        configuration.Sources.Insert(0, new JsonConfigurationSource
        {
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
            Path = "appsettings.json",
            Optional = true,
            ReloadOnChange = false,
        });
    }
}
