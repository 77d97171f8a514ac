using Microsoft.Data.Sqlite;

namespace CareerPlanner.Web.Data;

/// <summary>
/// Which database the app runs on: <c>CareerPlanner:Database</c> (<c>Sqlite</c>, the default, or
/// <c>PostgreSQL</c>) with <c>ConnectionStrings:CareerPlanner</c>. Injected as a singleton, so code
/// that keeps state in memory can tell whether other instances may share the database.
/// </summary>
public sealed class DatabaseOptions
{
    public const string ProviderSetting = "CareerPlanner:Database";
    public const string ConnectionStringName = "CareerPlanner";

    public DatabaseProvider Provider { get; init; }

    public string ConnectionString { get; init; } = "";

    /// <summary>True when several app instances may run on this database (nothing per-process may be assumed shared).</summary>
    public bool IsShared => Provider == DatabaseProvider.PostgreSQL;

    public static DatabaseOptions From(IConfiguration configuration, DataFolder dataFolder)
    {
        var setting = configuration[ProviderSetting];
        var provider = string.IsNullOrWhiteSpace(setting) ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(setting.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed
            : throw new InvalidOperationException($"{ProviderSetting} is “{setting}”; use Sqlite or PostgreSQL.");
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new DatabaseOptions { Provider = provider, ConnectionString = configured };
        }

        if (provider == DatabaseProvider.PostgreSQL)
        {
            throw new InvalidOperationException(
                $"{ProviderSetting} is PostgreSQL but ConnectionStrings:{ConnectionStringName} (environment: ConnectionStrings__{ConnectionStringName}) is not set.");
        }

        return new DatabaseOptions
        {
            Provider = provider,
            ConnectionString = new SqliteConnectionStringBuilder
            {
                DataSource = dataFolder.DatabaseFile,
                Mode = SqliteOpenMode.ReadWriteCreate,
                DefaultTimeout = 30,
            }.ToString(),
        };
    }
}
