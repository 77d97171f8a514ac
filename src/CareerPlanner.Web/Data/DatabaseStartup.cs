using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace CareerPlanner.Web.Data;

public static class DatabaseStartup
{
    /// <summary>Any number, the same in every instance: the advisory lock under which instances prepare the database one at a time.</summary>
    private const long StartupLock = 0x43_50_53_54_41_52_54;

    /// <summary>
    /// Creates the database if needed and applies pending migrations; on SQLite also switches to WAL,
    /// on PostgreSQL makes sure the shared key ring exists before the first request.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var database = scope.ServiceProvider.GetRequiredService<DatabaseOptions>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup));
        switch (database.Provider)
        {
            case DatabaseProvider.PostgreSQL:
                await CreateDatabaseIfMissingAsync(database.ConnectionString);
                await OneInstanceAtATimeAsync(db, async () =>
                {
                    // Npgsql finds a missing history table by failing to read it, and logs that as an error: create it first.
                    await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync();
                    await MigrateIfPendingAsync(db);
                    CreateKeyRing(services);
                });
                break;
            default:
                await ReleaseStaleMigrationLockAsync(db, logger);
                await MigrateIfPendingAsync(db);
                // WAL lets readers go on while one writer writes; the setting is kept in the file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
                break;
        }
    }

    private static async Task MigrateIfPendingAsync(AppDbContext db)
    {
        if ((await db.Database.GetPendingMigrationsAsync()).Any())
        {
            await db.Database.MigrateAsync();
        }
    }

    /// <summary>
    /// Creates the database when it does not exist yet (EF Core would too, but logs the failed first
    /// connection as an error). Several instances may start at once: the one that loses the race to
    /// create it uses the one the other made.
    /// </summary>
    private static async Task CreateDatabaseIfMissingAsync(string connectionString)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            return;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            // Missing: create it below.
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        var name = builder.Database ?? builder.Username ?? throw new InvalidOperationException("The PostgreSQL connection string names no database.");
        builder.Database = "postgres";
        await using var admin = new NpgsqlConnection(builder.ConnectionString);
        await admin.OpenAsync();
        await using var create = admin.CreateCommand();
        create.CommandText = $"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
        try
        {
            await create.ExecuteNonQueryAsync();
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another instance created it a moment ago.
        }
    }

    /// <summary>
    /// Instances that start together prepare the database in turn, under an advisory lock (the
    /// server ends it with the connection, so a killed start leaves nothing behind): the second
    /// finds the schema migrated and the key ring made.
    /// </summary>
    private static async Task OneInstanceAtATimeAsync(AppDbContext db, Func<Task> prepare)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({StartupLock})");
            try
            {
                await prepare();
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({StartupLock})");
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Makes sure the shared key ring holds a key before this instance serves anyone. Two instances
    /// that each found it empty would each make a key and, until their next refresh, refuse each
    /// other's cookies.
    /// </summary>
    private static void CreateKeyRing(IServiceProvider services) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector(nameof(DatabaseStartup)).Protect([0]);

    /// <summary>
    /// EF Core marks a migration in progress with a row in <c>__EFMigrationsLock</c> and removes it
    /// when done. A process killed in between leaves the row, and every later start would wait for
    /// it forever. A SQLite data folder belongs to one app process, so at start-up any such row is
    /// a leftover: remove it. (On PostgreSQL the lock is the server's, and ends with the connection.)
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
