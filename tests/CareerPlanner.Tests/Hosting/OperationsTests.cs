using System.Net;
using CareerPlanner.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPlanner.Tests.Hosting;

/// <summary>What an operator relies on: restarts keep people signed in, backups restore, errors stay generic.</summary>
public sealed class OperationsTests : IDisposable
{
    private readonly string _folder = AppFactory.NewDataFolder();
    private readonly List<string> _extraFolders = [];

    public void Dispose()
    {
        foreach (var folder in _extraFolders.Append(_folder))
        {
            TestDatabase.Delete(folder);
        }
    }

    private static async Task<HttpResponseMessage> GetWithCookieAsync(AppFactory app, string cookie, string url = "/plans")
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    private static string CookiesOf(HtmlPage page) =>
        string.Join("; ", page.Response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

    [Fact]
    public async Task ARestart_KeepsPeopleSignedIn_BecauseTheKeysAreKept()
    {
        string cookie;
        using (var before = new AppFactory(_folder))
        {
            using var client = await before.RegisteredClientAsync("restart@example.com");
            await client.LogoutAsync();
            cookie = CookiesOf(await client.LoginAsync("restart@example.com"));
            Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync(before, cookie)).StatusCode);
        }

        using var after = new AppFactory(_folder);
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync(after, cookie)).StatusCode);
        // Kept in the data folder on SQLite, in the database (shared by every instance) on PostgreSQL.
        if (TestDatabase.IsPostgreSql)
        {
            Assert.NotEqual(0, await after.QueryAsync(db => ((PostgresAppDbContext)db).DataProtectionKeys.CountAsync()));
            Assert.False(Directory.Exists(Path.Combine(_folder, "keys")));
        }
        else
        {
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(_folder, "keys"), "*.xml"));
        }
    }

    [Fact]
    public async Task LostKeys_MeanACleanReLogin_NeverA500()
    {
        string cookie;
        List<KeyValuePair<string, string>> staleForm;
        using (var before = new AppFactory(_folder))
        {
            using var client = await before.RegisteredClientAsync("lostkeys@example.com");
            await client.LogoutAsync();
            var login = await client.LoginAsync("lostkeys@example.com");
            cookie = CookiesOf(login);
            var form = await client.GetAsync("/plans/new");
            staleForm = [new("__RequestVerificationToken", form.Document.QuerySelector("main input[name='__RequestVerificationToken']")!.GetAttribute("value")!), new("Input.Title", "After key loss")];
        }

        await LoseTheKeysAsync();
        using var after = new AppFactory(_folder);

        var page = await GetWithCookieAsync(after, cookie);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/login", page.Headers.Location!.OriginalString);
        using var client2 = after.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var post = new HttpRequestMessage(HttpMethod.Post, "/plans/new") { Content = new FormUrlEncodedContent(staleForm) };
        post.Headers.Add("Cookie", cookie);
        var refused = await client2.SendAsync(post);
        Assert.True(refused.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Redirect, $"got {(int)refused.StatusCode}");
        using var again = after.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await again.LoginAsync("lostkeys@example.com")).Status);
    }

    [SkippableFact]
    public async Task ABackupTakenWhileTheAppRuns_RestoresTheSameRows_WorkingLogins_AndLinks()
    {
        Skip.If(TestDatabase.IsPostgreSql, TestDatabase.SqliteOnly + " (the backup command is SQLite's VACUUM INTO; PostgreSQL is backed up with pg_dump.)");
        var backupFolder = AppFactory.NewDataFolder();
        _extraFolders.Add(backupFolder);
        string cookie;
        string link;
        int plans;
        using (var running = new AppFactory(_folder))
        {
            using var owner = await running.RegisteredClientAsync("backup@example.com");
            var empty = await owner.GetAsync("/plans");
            await owner.SubmitAsync(empty.Form("form[action*='handler=Demo']"));
            var id = await running.QueryAsync(db => db.Plans.Select(p => p.Id).SingleAsync());
            var share = await owner.GetAsync($"/plans/{id}/share");
            var created = await owner.FollowAsync(await owner.SubmitAsync(share.Form("main form:not([action*='handler'])"), new Dictionary<string, string> { ["Input.Label"] = "Dana" }));
            link = new Uri(((AngleSharp.Html.Dom.IHtmlInputElement)created.Document.QuerySelector("#new-link-url")!).Value).AbsolutePath;
            await owner.LogoutAsync();
            cookie = CookiesOf(await owner.LoginAsync("backup@example.com"));

            // Writes keep going while the backup is taken.
            var writing = Task.Run(async () =>
            {
                for (var i = 0; i < 20; i++)
                {
                    await owner.CreatePlanAsync($"During backup {i}");
                }
            });
            await BackupCommand.CreateAsync(running.Services.GetRequiredService<DataFolder>(), $"Data Source={Path.Combine(_folder, "careerplanner.db")}", backupFolder);
            await writing;
            plans = await running.QueryAsync(db => db.Plans.CountAsync());
        }

        using var restored = new AppFactory(backupFolder);
        var restoredPlans = await restored.QueryAsync(db => db.Plans.CountAsync());
        Assert.InRange(restoredPlans, 1, plans);
        Assert.Equal(2, await restored.QueryAsync(db => db.Reviews.CountAsync()));
        Assert.Equal("ok", await restored.QueryAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").AsAsyncEnumerable().FirstAsync().AsTask()));
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync(restored, cookie)).StatusCode);
        using var again = restored.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await again.LoginAsync("backup@example.com")).Status);
        using var mentor = restored.NewClient();
        var view = await mentor.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, view.Status);
        Assert.Contains("Support engineer → product manager (example)", view.Text);
    }

    [SkippableFact]
    public async Task AStartKilledDuringMigration_DoesNotLeaveTheNextStartHanging()
    {
        Skip.If(TestDatabase.IsPostgreSql, TestDatabase.SqliteOnly + " (PostgreSQL's migration lock is the server's and ends with the connection; see ScaleOutTests for concurrent starts.)");
        using (var first = new AppFactory(_folder))
        {
            await first.QueryAsync(db => db.Plans.CountAsync());
        }

        // What a process killed between taking and releasing EF Core's migration lock leaves behind.
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_folder, "careerplanner.db")}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE IF NOT EXISTS \"__EFMigrationsLock\" (\"Id\" INTEGER PRIMARY KEY, \"Timestamp\" TEXT NOT NULL); INSERT INTO \"__EFMigrationsLock\" VALUES (1, '2026-11-29 09:00:00');";
            await command.ExecuteNonQueryAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using var next = new LoggedAppFactory(_folder);
        var healthy = await next.CreateClient().GetAsync("/healthz").WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        Assert.Contains(next.Logs.Entries, e => e.Message.Contains("Removed a migration lock", StringComparison.Ordinal));
    }

    [Fact]
    public void HostedApps_DoNotWatchTheirConfigurationFiles_SoManyCanRunAtOnce()
    {
        using var app = new AppFactory(_folder);
        var configuration = (Microsoft.Extensions.Configuration.IConfigurationRoot)app.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>();

        var files = configuration.Providers.OfType<Microsoft.Extensions.Configuration.FileConfigurationProvider>().ToList();
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.False(f.Source.ReloadOnChange, f.Source.Path));
    }

    [SkippableFact]
    public async Task TheDatabase_RunsInWalMode_WithFullSynchronousCommits()
    {
        Skip.If(TestDatabase.IsPostgreSql, TestDatabase.SqliteOnly + " (WAL and synchronous are SQLite pragmas.)");
        using var app = new AppFactory(_folder);
        Assert.Equal("wal", await app.QueryAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").AsAsyncEnumerable().FirstAsync().AsTask()));
        Assert.Equal(2, await app.QueryAsync(db => db.Database.SqlQueryRaw<int>("PRAGMA synchronous").AsAsyncEnumerable().FirstAsync().AsTask()));
    }

    [Fact]
    public async Task TheBackupCommand_OnPostgreSql_RefusesAndPointsToPgDump()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CareerPlanner:DataFolder"] = _folder,
            ["CareerPlanner:Database"] = "PostgreSQL",
            ["ConnectionStrings:CareerPlanner"] = "Host=127.0.0.1;Database=careerplanner",
        }).Build();
        using var output = new StringWriter();
        var backup = Path.Combine(_folder, "backup");

        var exit = await BackupCommand.RunAsync(configuration, new TestEnvironment(_folder), ["backup", backup], output);

        Assert.Equal(2, exit);
        Assert.Contains("pg_dump", output.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(backup));
    }

    [Fact]
    public async Task AnUnexpectedError_ShowsAGenericPageWithAReference_AndNoStackTrace()
    {
        using var app = new ThrowingAppFactory();
        using var client = await app.RegisteredClientAsync();

        var page = await client.GetAsync("/test-only/throw");

        Assert.Equal(HttpStatusCode.InternalServerError, page.Status);
        Assert.Contains("Something went wrong", page.Text);
        Assert.Matches("Reference: [0-9a-f]{32}", page.Text);
        Assert.DoesNotContain("InvalidOperationException", page.Text);
        Assert.DoesNotContain("secret detail", page.Text);
        Assert.DoesNotContain(" at ", page.Document.QuerySelector("main")!.TextContent);
    }

    /// <summary>What losing the keys looks like: the data folder's keys/ on SQLite, the key table on PostgreSQL.</summary>
    private async Task LoseTheKeysAsync()
    {
        if (!TestDatabase.IsPostgreSql)
        {
            Directory.Delete(Path.Combine(_folder, "keys"), recursive: true);
            return;
        }

        await using var connection = new Npgsql.NpgsqlConnection(TestDatabase.ConnectionString(_folder));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM \"DataProtectionKeys\"";
        Assert.NotEqual(0, await command.ExecuteNonQueryAsync());
    }

    private sealed class TestEnvironment(string contentRoot) : Microsoft.Extensions.Hosting.IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "CareerPlanner.Web";

        public string ContentRootPath { get; set; } = contentRoot;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }

    private sealed class ThrowingAppFactory : AppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ThrowingEndpoint>());
        }
    }

    private sealed class ThrowingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
                context.Request.Path == "/test-only/throw" ? throw new InvalidOperationException("secret detail") : nextMiddleware(context));
        };
    }
}
