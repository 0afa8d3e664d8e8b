using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Archive.Web.Tests.Hosting;

/// <summary>
/// The web app published with <c>dotnet publish --no-build</c> (once per test run, from the build the tests run on) and
/// started as its own process the way docs/deployment.md starts it: from another working directory, on a free
/// loopback port, with a data folder of its own. Its output is kept for failure messages.
/// </summary>
public sealed class PublishedBuild : IAsyncDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static readonly Lazy<Task<string>> Published = new(PublishAsync);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _workingDirectory;

    private PublishedBuild(Process process, string workingDirectory, Uri baseAddress, string folder)
    {
        (_process, _workingDirectory, BaseAddress, Folder) = (process, workingDirectory, baseAddress, folder);
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    /// <summary>The publish folder (Archive.Web.dll and wwwroot/).</summary>
    public string Folder { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>The published program (<c>Archive.Web.dll</c>), published once per run like the builds this class starts.</summary>
    public static async Task<string> ProgramAsync() => Path.Combine(await Published.Value, "Archive.Web.dll");

    /// <summary>Starts the published build from a fresh temporary working directory; extra arguments go to the program.</summary>
    public static async Task<PublishedBuild> StartAsync(params string[] arguments)
    {
        var folder = await Published.Value;
        var workingDirectory = Directory.CreateTempSubdirectory("archive-cwd-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(folder, "Archive.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("ASPNETCORE_CONTENTROOT");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Archive__RootDirectory"] = ArchiveWebFactory.RepositoryRoot;
        start.Environment["Archive__DataDirectory"] = Path.Combine(workingDirectory, "data");
        start.Environment["Archive__Web__SearchPermitsPerMinute"] = "0";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        return new PublishedBuild(process, workingDirectory, new Uri($"http://127.0.0.1:{port}/"), folder);
    }

    /// <summary>Waits until /healthz answers 200, failing with the program's output if it exits or takes over a minute.</summary>
    public async Task WaitUntilHealthyAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                if ((await client.GetAsync(new Uri(BaseAddress, "healthz"))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(250);
        }

        Assert.Fail($"the published build did not become healthy within a minute (exited: {_process.HasExited}):\n{Output}");
    }

    public async Task WaitForExitAsync(TimeSpan bound)
    {
        using var timeout = new CancellationTokenSource(bound);
        await _process.WaitForExitAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_workingDirectory, recursive: true);
        }
        catch (IOException)
        {
            // left for the OS to clean
        }
    }

    private static async Task<string> PublishAsync()
    {
        var temporary = Directory.CreateTempSubdirectory("archive-publish-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(temporary, recursive: true);
        var output = Path.Combine(temporary, "web");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "publish", Path.Combine(ArchiveWebFactory.RepositoryRoot, "src", "Archive.Web", "Archive.Web.csproj"), "-c", Configuration, "--no-build", "-nologo", "-o", output })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet publish did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"dotnet publish failed ({process.ExitCode}):\n{await stdout}\n{await stderr}");
        return output;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
