using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CareerPlanner.Tests.Infrastructure;

/// <summary>
/// The real app on a fresh temp data folder with a real database — a SQLite file in the folder, or
/// a PostgreSQL database of its own (<see cref="TestDatabase"/>) — migrated at start-up as in
/// production, with a clock the test controls.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Today = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);

    private readonly string _dataFolder;
    private readonly string _databaseOf;
    private readonly bool _ownsDataFolder;

    /// <summary>
    /// A fresh app on a new temp data folder, or — to test restarts and restores — on an existing one
    /// (left in place). On PostgreSQL, <paramref name="databaseOf"/> names another data folder whose
    /// database this app shares: a second instance of the same deployment.
    /// </summary>
    public AppFactory(string? dataFolder = null, string? databaseOf = null)
    {
        _ownsDataFolder = dataFolder is null;
        _dataFolder = dataFolder ?? NewDataFolder();
        _databaseOf = databaseOf ?? _dataFolder;
    }

    public static string NewDataFolder() => Path.Combine(Path.GetTempPath(), "careerplanner-tests", Guid.NewGuid().ToString("N"));

    public FakeTimeProvider Clock { get; } = new(Today);

    public string DataFolder => _dataFolder;

    /// <summary>The SQL commands of each request, for the query budget.</summary>
    public SqlCommandLog Sql { get; } = new();

    /// <summary>Keeps rendered pages in memory whatever the database (by default only on SQLite): for tests of that cache, which run one instance.</summary>
    public bool KeepPages { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("CareerPlanner:DataFolder", _dataFolder);
        TestDatabase.Configure(builder, _databaseOf);
        if (KeepPages)
        {
            builder.UseSetting(PageCaching.Setting, "true");
        }
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter, TestClientAddress>();
            services.AddSingleton<IStartupFilter>(Sql);
            // The app attaches every registered IInterceptor to its database context, whichever the provider.
            services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(Sql);
        });
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects, so tests assert them.</summary>
    public HtmlClient NewClient() => NewClient(null);

    /// <summary>A browser-like client from its own network address (see <see cref="TestClientAddress"/>), as a person elsewhere.</summary>
    public HtmlClient NewClient(string? address)
    {
        var http = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (address is not null)
        {
            http.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
        }

        return new HtmlClient(http);
    }

    /// <summary>Runs a query against the app's database, for assertions a page cannot show.</summary>
    public async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDataFolder)
        {
            TestDatabase.Delete(_dataFolder);
        }
    }
}

/// <summary>Lets a test act from a given client address (header <c>X-Test-Client</c>), as different people on different networks.</summary>
internal sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var value) && IPAddress.TryParse(value, out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            await nextMiddleware(context);
        });
        next(app);
    };
}
