namespace CareerPlanner.Web.Data;

/// <summary>
/// Where the app keeps what it must not lose: the SQLite database and the Data Protection keys.
/// Set by <c>CareerPlanner:DataFolder</c> (environment: <c>CareerPlanner__DataFolder</c>);
/// by default <c>App_Data</c> under the content root.
/// </summary>
public sealed class DataFolder
{
    public DataFolder(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["CareerPlanner:DataFolder"];
        Path = System.IO.Path.GetFullPath(string.IsNullOrWhiteSpace(configured)
            ? System.IO.Path.Combine(environment.ContentRootPath, "App_Data")
            : System.IO.Path.Combine(environment.ContentRootPath, configured));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string DatabaseFile => System.IO.Path.Combine(Path, "careerplanner.db");

    public string KeysFolder => System.IO.Path.Combine(Path, "keys");
}
