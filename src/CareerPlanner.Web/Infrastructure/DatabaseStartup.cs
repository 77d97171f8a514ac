using CareerPlanner.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Infrastructure;

public static class DatabaseStartup
{
    /// <summary>Creates the database if needed, applies pending migrations and switches SQLite to WAL.</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup));
        if (db.Database.IsSqlite())
        {
            await ReleaseStaleMigrationLockAsync(db, logger);
        }

        if ((await db.Database.GetPendingMigrationsAsync()).Any())
        {
            await db.Database.MigrateAsync();
        }

        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while one writer writes; the setting is kept in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }

    /// <summary>
    /// EF Core marks a migration in progress with a row in <c>__EFMigrationsLock</c> and removes it
    /// when done. A process killed in between leaves the row, and every later start would wait for
    /// it forever. A SQLite data folder belongs to one app process, so at start-up any such row is
    /// a leftover: remove it.
    /// </summary>
    private static async Task ReleaseStaleMigrationLockAsync(AppDbContext db, ILogger logger)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var exists = connection.CreateCommand();
            exists.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'";
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return;
            }

            await using var release = connection.CreateCommand();
            release.CommandText = "DELETE FROM \"__EFMigrationsLock\"";
            if (await release.ExecuteNonQueryAsync() > 0)
            {
                logger.LogWarning("Removed a migration lock left by a process that stopped during start-up");
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
