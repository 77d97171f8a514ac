using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CareerPlanner.Tests.Infrastructure;

/// <summary>One log entry as the app wrote it.</summary>
public sealed record CapturedLog(DateTimeOffset At, string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception)
{
    public override string ToString() =>
        $"[{Level}] {Category} ({EventId.Id}{(EventId.Name is { } name ? " " + name : "")}): {Message}{(Exception is null ? "" : Environment.NewLine + Exception)}";
}

/// <summary>
/// Keeps every log entry the app writes, so a test can assert that nothing went wrong on the server
/// even when the response looked fine. Add it with
/// <c>factory.WithWebHostBuilder(b =&gt; b.ConfigureLogging(l =&gt; l.AddProvider(capturing)))</c>.
/// </summary>
/// <param name="keepFrom">Entries below this level are only counted, unless they carry an exception (a long fuzz run writes millions).</param>
public sealed class CapturingLoggerProvider(LogLevel keepFrom = LogLevel.Trace) : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();
    private long _count;

    /// <summary>Every entry written, kept or not.</summary>
    public long Count => Interlocked.Read(ref _count);

    public IReadOnlyList<CapturedLog> Entries => [.. _entries];

    /// <summary>Entries at Error or Critical, or carrying an exception: what a healthy request never writes.</summary>
    public IReadOnlyList<CapturedLog> Problems => [.. _entries.Where(e => e.Level >= LogLevel.Error || e.Exception is not null)];

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, this);

    public void Clear() => _entries.Clear();

    public void Dispose()
    {
    }

    private void Add(string category, LogLevel level, EventId eventId, Func<string> message, Exception? exception)
    {
        Interlocked.Increment(ref _count);
        if (level >= keepFrom || exception is not null)
        {
            _entries.Enqueue(new CapturedLog(DateTimeOffset.UtcNow, category, level, eventId, message(), exception));
        }
    }

    private sealed class CapturingLogger(string category, CapturingLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            provider.Add(category, logLevel, eventId, () =>
            {
                var message = formatter(state, exception);
                // A fuzzed megabyte must not be kept in memory thousands of times over.
                return message.Length <= 2_000 ? message : string.Concat(message.AsSpan(0, 2_000), $"… ({message.Length:N0} characters)");
            }, exception);
    }
}
