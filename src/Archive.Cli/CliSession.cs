using Microsoft.Extensions.Hosting;

namespace Archive.Cli;

/// <summary>The services one command runs with; disposing it closes the database and the index.</summary>
internal sealed class CliSession(IHost host) : IServiceProvider, IAsyncDisposable
{
    public object? GetService(Type serviceType) => host.Services.GetService(serviceType);

    public async ValueTask DisposeAsync()
    {
        if (host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
        else
        {
            host.Dispose();
        }
    }
}
