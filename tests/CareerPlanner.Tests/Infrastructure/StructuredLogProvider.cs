using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerPlanner.Tests.Infrastructure;

/// <summary>One log entry as the app wrote it: its structured values as well as the rendered message.</summary>
public sealed record StructuredLog(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, object?> Values, Exception? Exception);

/// <summary>Keeps every log entry of the app with its structured values, for tests that assert what was (and was not) logged.</summary>
public sealed class StructuredLogProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<StructuredLog> _entries = new();

    public IReadOnlyList<StructuredLog> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<StructuredLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.ToDictionary(p => p.Key, p => p.Value)
                : [];
            entries.Enqueue(new StructuredLog(category, logLevel, eventId, formatter(state, exception), values, exception));
        }
    }
}

/// <summary>The app with its log captured.</summary>
public sealed class LoggedAppFactory(string? dataFolder = null, string? databaseOf = null) : AppFactory(dataFolder, databaseOf)
{
    public StructuredLogProvider Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }
}
