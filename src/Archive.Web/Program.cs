using Archive.Web;
using Archive.Web.Hosting;

var builder = WebApplication.CreateBuilder(StaticAssetFolders.HostOptions(args));
builder.AddArchiveWeb();

var app = builder.Build();
if (StaticAssetFolders.Problem(app.Environment) is { } problem)
{
    await Console.Error.WriteLineAsync(problem);
    return 1;
}

app.UseArchiveWeb();
await app.RunAsync();
return 0;

/// <summary>The web app's entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
