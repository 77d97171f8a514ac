using Microsoft.Data.Sqlite;

namespace CareerPlanner.Web.Data.Commands;

/// <summary>
/// <c>backup &lt;folder&gt;</c>: a consistent copy of the database (SQLite's VACUUM INTO, safe while
/// the app runs) and of the Data Protection keys, so a restored copy keeps logins and links working.
/// </summary>
public static class BackupCommand
{
    public const string Name = "backup";

    public static async Task<int> RunAsync(IConfiguration configuration, IHostEnvironment environment, string[] args, TextWriter output)
    {
        if (args.Length < 2 || string.IsNullOrWhiteSpace(args[1]))
        {
            await output.WriteLineAsync("Usage: backup <empty or new folder>");
            return 2;
        }

        var dataFolder = new DataFolder(configuration, environment);
        try
        {
            var database = DatabaseOptions.From(configuration, dataFolder);
            if (database.Provider != DatabaseProvider.Sqlite)
            {
                await output.WriteLineAsync(
                    $"The backup command copies a SQLite database; this app runs on {database.Provider}. Back it up with pg_dump " +
                    "(see “Operations” in the README); the Data Protection keys are in the database, so the dump holds them too.");
                return 2;
            }

            var target = await CreateAsync(dataFolder, database.ConnectionString, args[1]);
            await output.WriteLineAsync($"Backup written to {target}");
            return 0;
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or SqliteException or UnauthorizedAccessException)
        {
            await output.WriteLineAsync($"Backup failed: {e.Message}");
            return 1;
        }
    }

    /// <summary>Writes <c>careerplanner.db</c> and <c>keys/</c> into <paramref name="targetFolder"/>, which must not hold a backup yet.</summary>
    public static async Task<string> CreateAsync(DataFolder dataFolder, string connectionString, string targetFolder)
    {
        var target = Path.GetFullPath(targetFolder);
        var database = Path.Combine(target, "careerplanner.db");
        if (File.Exists(database))
        {
            throw new InvalidOperationException($"{database} exists already; choose an empty folder.");
        }

        Directory.CreateDirectory(target);
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "VACUUM INTO $target";
            command.Parameters.AddWithValue("$target", database);
            await command.ExecuteNonQueryAsync();
        }

        var keys = Path.Combine(target, "keys");
        Directory.CreateDirectory(keys);
        if (Directory.Exists(dataFolder.KeysFolder))
        {
            foreach (var key in Directory.EnumerateFiles(dataFolder.KeysFolder, "*.xml"))
            {
                File.Copy(key, Path.Combine(keys, Path.GetFileName(key)));
            }
        }

        return target;
    }
}
