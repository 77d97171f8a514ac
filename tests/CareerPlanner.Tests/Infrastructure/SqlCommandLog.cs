using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareerPlanner.Tests.Infrastructure;

/// <summary>The SQL commands one HTTP request made, in the order it made them.</summary>
public sealed record RequestCommands(string Method, string Path, IReadOnlyList<string> Sql)
{
    public int Count => Sql.Count;

    /// <summary>Commands that only read (SELECT).</summary>
    public int Reads => Sql.Count(IsRead);

    /// <summary>Commands that change rows (INSERT, UPDATE, DELETE).</summary>
    public int Writes => Count - Reads;

    public override string ToString() =>
        $"{Method} {Path}: {Count} SQL command{(Count == 1 ? "" : "s")} ({Reads} read{(Reads == 1 ? "" : "s")}, {Writes} write{(Writes == 1 ? "" : "s")})"
        + string.Concat(Sql.Select((sql, i) => $"\n  {i + 1}. {Shorten(sql)}"));

    private static bool IsRead(string sql) =>
        sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || sql.TrimStart().StartsWith("WITH", StringComparison.OrdinalIgnoreCase);

    private static string Shorten(string sql)
    {
        var oneLine = string.Join(' ', sql.Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= 400 ? oneLine : oneLine[..400] + "…";
    }
}

/// <summary>
/// Counts the SQL commands each HTTP request makes: an EF Core command interceptor on the app's
/// DbContext plus a middleware at the very start of the pipeline. The middleware gives the request a
/// log held in an <see cref="AsyncLocal{T}"/>, so a command lands in it only when it runs in that
/// request's flow — everything the request does, Identity's cookie and security-stamp checks included;
/// never background work (the link-open flush) or a test's own queries. The response says in the header
/// <see cref="Header"/> which log is its own.
/// </summary>
public sealed class SqlCommandLog : DbCommandInterceptor, IStartupFilter
{
    public const string Header = "X-Test-Sql-Log";

    /// <summary>Logs kept for look-up; a long fuzz run must not hold every request's SQL in memory.</summary>
    private const int Kept = 1_000;

    private static readonly AsyncLocal<RequestLog?> Current = new();

    private readonly ConcurrentDictionary<string, RequestLog> _logs = new();
    private readonly ConcurrentQueue<string> _order = new();
    private long _lastId;

    /// <summary>The commands of the request that answered with <paramref name="response"/>, once it has completed.</summary>
    public async Task<RequestCommands> OfAsync(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues(Header, out var values) || !_logs.TryGetValue(values.Single(), out var log))
        {
            throw new InvalidOperationException($"The response to {response.RequestMessage?.RequestUri} carries no SQL log of this app.");
        }

        // The client may hold the whole response before the pipeline has finished unwinding.
        await log.Completed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return new RequestCommands(log.Method, log.Path, [.. log.Sql]);
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            var id = Interlocked.Increment(ref _lastId).ToString(CultureInfo.InvariantCulture);
            var log = new RequestLog(context.Request.Method, context.Request.Path + context.Request.QueryString);
            _logs[id] = log;
            _order.Enqueue(id);
            while (_order.Count > Kept && _order.TryDequeue(out var old))
            {
                _logs.TryRemove(old, out _);
            }

            context.Response.OnStarting(() =>
            {
                context.Response.Headers[Header] = id;
                return Task.CompletedTask;
            });
            Current.Value = log;
            try
            {
                await nextMiddleware(context);
            }
            finally
            {
                log.Completed.TrySetResult();
            }
        });
        next(app);
    };

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        base.ReaderExecuting(Record(command), eventData, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        base.ReaderExecutingAsync(Record(command), eventData, result, cancellationToken);

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        base.NonQueryExecuting(Record(command), eventData, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        base.NonQueryExecutingAsync(Record(command), eventData, result, cancellationToken);

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        base.ScalarExecuting(Record(command), eventData, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        base.ScalarExecutingAsync(Record(command), eventData, result, cancellationToken);

    private static DbCommand Record(DbCommand command)
    {
        Current.Value?.Sql.Enqueue(command.CommandText);
        return command;
    }

    private sealed class RequestLog(string method, string path)
    {
        public string Method { get; } = method;

        public string Path { get; } = path;

        public ConcurrentQueue<string> Sql { get; } = new();

        public TaskCompletionSource Completed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
