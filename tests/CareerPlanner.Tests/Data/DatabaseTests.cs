using System.Net;
using CareerPlanner.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Tests.Data;

/// <summary>The database under the app: journal mode and commits, recovery from a start killed mid-migration, the health check.</summary>
public sealed class DatabaseTests : IDisposable
{
    private readonly TempDataFolders _folders = new();

    public void Dispose() => _folders.Dispose();

    [SkippableFact]
    public async Task AStartKilledDuringMigration_DoesNotLeaveTheNextStartHanging()
    {
        Skip.If(TestDatabase.IsPostgreSql, TestDatabase.SqliteOnly + " (PostgreSQL's migration lock is the server's and ends with the connection; see ScaleOutTests for concurrent starts.)");
        using (var first = new AppFactory(_folders.Main))
        {
            await first.QueryAsync(db => db.Plans.CountAsync());
        }

        // What a process killed between taking and releasing EF Core's migration lock leaves behind.
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_folders.Main, "careerplanner.db")}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE IF NOT EXISTS \"__EFMigrationsLock\" (\"Id\" INTEGER PRIMARY KEY, \"Timestamp\" TEXT NOT NULL); INSERT INTO \"__EFMigrationsLock\" VALUES (1, '2026-11-29 09:00:00');";
            await command.ExecuteNonQueryAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using var next = new LoggedAppFactory(_folders.Main);
        var healthy = await next.CreateClient().GetAsync("/healthz").WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        Assert.Contains(next.Logs.Entries, e => e.Message.Contains("Removed a migration lock", StringComparison.Ordinal));
    }


    [SkippableFact]
    public async Task TheDatabase_RunsInWalMode_WithFullSynchronousCommits()
    {
        Skip.If(TestDatabase.IsPostgreSql, TestDatabase.SqliteOnly + " (WAL and synchronous are SQLite pragmas.)");
        using var app = new AppFactory(_folders.Main);
        Assert.Equal("wal", await app.QueryAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").AsAsyncEnumerable().FirstAsync().AsTask()));
        Assert.Equal(2, await app.QueryAsync(db => db.Database.SqlQueryRaw<int>("PRAGMA synchronous").AsAsyncEnumerable().FirstAsync().AsTask()));
    }

    [Fact]
    public async Task Healthz_AnswersHealthyWhenTheDatabaseIsReachable()
    {
        using var app = new AppFactory(_folders.Main);
        using var client = app.NewClient();
        var response = await client.Http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
