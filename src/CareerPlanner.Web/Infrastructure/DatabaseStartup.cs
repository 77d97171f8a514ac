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
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while one writer writes; the setting is kept in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }
}
