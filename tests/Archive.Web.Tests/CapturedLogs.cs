using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Archive.Web.Tests;

/// <summary>Keeps every log message of an app instance, so a test can show what the app said and why.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _messages = new();

    public IReadOnlyList<string> Messages => [.. _messages];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _messages);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            if (IsEnabled(logLevel))
            {
                messages.Enqueue($"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? string.Empty : $" {exception.GetType().Name}: {exception.Message} at {string.Join(" | ", (exception.StackTrace ?? string.Empty).Split('\n').Take(12).Select(l => l.Trim()))}")}");
            }
        }
    }
}
