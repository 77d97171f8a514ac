using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Infrastructure;

/// <summary>
/// Lets one save at a time into a SQLite file. SQLite has a single writer anyway; without this gate a
/// second writer finds the database locked and Microsoft.Data.Sqlite sleeps in a blocking retry loop,
/// which showed as save latencies of a second and more under load. Queued here, saves wait only for
/// each other. A SQLite data folder belongs to one process, so a gate per file in this process is enough.
/// </summary>
public static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <summary>The gate of the context's SQLite file; null for other databases, which let writers in side by side.</summary>
    public static SemaphoreSlim? For(DbContext context) =>
        context.Database.IsSqlite() && context.Database.GetConnectionString() is { } file
            ? Gates.GetOrAdd(file, _ => new SemaphoreSlim(1, 1))
            : null;
}

/// <summary>
/// One read-change-save at a time per plan in this process, for additions (check-ins, milestones)
/// that are applied to whatever the plan is when they land: two of them on one plan would otherwise
/// find it changed under them and retry, again and again under load. Saves of different plans go
/// on side by side; only their commits queue at <see cref="SqliteWriteGate"/>.
/// </summary>
public static class PlanWriteLocks
{
    // A fixed set of locks, chosen by plan id: bounded memory, and two plans rarely share one.
    private static readonly SemaphoreSlim[] Locks = [.. Enumerable.Range(0, 256).Select(_ => new SemaphoreSlim(1, 1))];

    public static async Task<T> RunAsync<T>(int planId, Func<Task<T>> work, CancellationToken cancellationToken = default)
    {
        var gate = Locks[(uint)planId % (uint)Locks.Length];
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await work();
        }
        finally
        {
            gate.Release();
        }
    }
}
