using System.Net;
using CareerPlanner.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPlanner.Tests.Data.Commands;

/// <summary>The <c>backup</c> command: a copy taken while the app runs restores the same rows, sign-ins and links; on PostgreSQL it points to pg_dump.</summary>
public sealed class BackupCommandTests : IDisposable
{
    private readonly TempDataFolders _folders = new();

    public void Dispose() => _folders.Dispose();

    [SkippableFact]
    public async Task ABackupTakenWhileTheAppRuns_RestoresTheSameRows_WorkingLogins_AndLinks()
    {
        Skip.If(TestDatabase.IsPostgreSql, TestDatabase.SqliteOnly + " (the backup command is SQLite's VACUUM INTO; PostgreSQL is backed up with pg_dump.)");
        var backupFolder = _folders.Another();
        string cookie;
        string link;
        int plans;
        using (var running = new AppFactory(_folders.Main))
        {
            using var owner = await running.RegisteredClientAsync("backup@example.com");
            var id = await owner.CreateExamplePlanAsync();
            link = await owner.ShareAsync(id, "Dana");
            await owner.LogoutAsync();
            cookie = CopiedCookies.Of(await owner.LoginAsync("backup@example.com"));

            // Writes keep going while the backup is taken.
            var writing = Task.Run(async () =>
            {
                for (var i = 0; i < 20; i++)
                {
                    await owner.CreatePlanAsync($"During backup {i}");
                }
            });
            await BackupCommand.CreateAsync(running.Services.GetRequiredService<DataFolder>(), $"Data Source={Path.Combine(_folders.Main, "careerplanner.db")}", backupFolder);
            await writing;
            plans = await running.QueryAsync(db => db.Plans.CountAsync());
        }

        using var restored = new AppFactory(backupFolder);
        var restoredPlans = await restored.QueryAsync(db => db.Plans.CountAsync());
        Assert.InRange(restoredPlans, 1, plans);
        Assert.Equal(2, await restored.QueryAsync(db => db.Reviews.CountAsync()));
        Assert.Equal("ok", await restored.QueryAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").AsAsyncEnumerable().FirstAsync().AsTask()));
        Assert.Equal(HttpStatusCode.OK, (await restored.GetWithCookieAsync(cookie)).StatusCode);
        using var again = restored.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await again.LoginAsync("backup@example.com")).Status);
        using var mentor = restored.NewClient();
        var view = await mentor.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, view.Status);
        Assert.Contains("Support engineer → product manager (example)", view.Text);
    }


    [Fact]
    public async Task TheBackupCommand_OnPostgreSql_RefusesAndPointsToPgDump()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CareerPlanner:DataFolder"] = _folders.Main,
            ["CareerPlanner:Database"] = "PostgreSQL",
            ["ConnectionStrings:CareerPlanner"] = "Host=127.0.0.1;Database=careerplanner",
        }).Build();
        using var output = new StringWriter();
        var backup = Path.Combine(_folders.Main, "backup");

        var exit = await BackupCommand.RunAsync(configuration, new TestEnvironment(_folders.Main), ["backup", backup], output);

        Assert.Equal(2, exit);
        Assert.Contains("pg_dump", output.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(backup));
    }


    private sealed class TestEnvironment(string contentRoot) : Microsoft.Extensions.Hosting.IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "CareerPlanner.Web";

        public string ContentRootPath { get; set; } = contentRoot;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
