using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Data;

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
