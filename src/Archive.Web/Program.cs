using Archive.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddArchiveWeb();

var app = builder.Build();
app.UseArchiveWeb();
app.Run();

/// <summary>The web app's entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
