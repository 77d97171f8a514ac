namespace CareerPlanner.Web.Data;

public enum DatabaseProvider
{
    /// <summary>One SQLite file in the data folder, for one app process: the default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, shared by any number of app instances.</summary>
    PostgreSQL,
}
