using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace CareerPlanner.Tests.Infrastructure;

/// <summary>
/// The database the integration tests run on. By default SQLite: a file in each app's temp data
/// folder. With <c>CAREERPLANNER_TEST_DATABASE=PostgreSQL</c> and <c>CAREERPLANNER_TEST_POSTGRES</c>
/// (a connection string without a database, to a server where that user may create databases),
/// each data folder gets its own PostgreSQL database named after it: the app's start-up creates
/// and migrates it as in production, and <see cref="Delete"/> drops it.
/// </summary>
public static class TestDatabase
{
    public const string SqliteOnly = "SQLite only: run with CAREERPLANNER_TEST_DATABASE unset.";
    public const string PostgreSqlOnly = "PostgreSQL only: set CAREERPLANNER_TEST_DATABASE=PostgreSQL and CAREERPLANNER_TEST_POSTGRES (see README).";

    private static readonly string? Server = ServerConnectionString();

    public static bool IsPostgreSql => Server is not null;

    /// <summary>Points the app at the database of <paramref name="dataFolder"/> (nothing to set for SQLite: it lives in the folder).</summary>
    public static void Configure(IWebHostBuilder builder, string dataFolder)
    {
        if (Server is not null)
        {
            builder.UseSetting("CareerPlanner:Database", "PostgreSQL");
            builder.UseSetting("ConnectionStrings:CareerPlanner", ConnectionString(dataFolder));
        }
    }

    public static string ConnectionString(string dataFolder) =>
        new NpgsqlConnectionStringBuilder(Server) { Database = DatabaseName(dataFolder) }.ConnectionString;

    /// <summary>Removes the data folder and, on PostgreSQL, its database; never fails a test on clean-up.</summary>
    public static void Delete(string dataFolder)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Server is not null)
        {
            using (var pooled = new NpgsqlConnection(ConnectionString(dataFolder)))
            {
                NpgsqlConnection.ClearPool(pooled);
            }

            using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false }.ConnectionString);
            admin.Open();
            using var drop = admin.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS \"{DatabaseName(dataFolder)}\" WITH (FORCE)";
            drop.ExecuteNonQuery();
        }

        try
        {
            Directory.Delete(dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }

    private static string DatabaseName(string dataFolder) => "careerplanner_test_" + Path.GetFileName(Path.TrimEndingDirectorySeparator(dataFolder)).ToLowerInvariant();

    private static string? ServerConnectionString()
    {
        var provider = Environment.GetEnvironmentVariable("CAREERPLANNER_TEST_DATABASE");
        if (string.IsNullOrWhiteSpace(provider) || provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"CAREERPLANNER_TEST_DATABASE is “{provider}”; use Sqlite or PostgreSQL.");
        }

        var server = Environment.GetEnvironmentVariable("CAREERPLANNER_TEST_POSTGRES");
        return string.IsNullOrWhiteSpace(server)
            ? throw new InvalidOperationException("CAREERPLANNER_TEST_DATABASE=PostgreSQL needs CAREERPLANNER_TEST_POSTGRES, e.g. Host=127.0.0.1;Port=5432;Username=postgres;Password=…")
            : server;
    }
}
