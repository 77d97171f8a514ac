using CareerPlanner.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerPlanner.Tests.Security;

/// <summary>
/// The real app (<see cref="AppFactory"/>: SQLite file, test clock) with every log entry captured,
/// so a check can assert that no request made the server log an error or an exception.
/// </summary>
internal sealed class CapturedApp : IDisposable
{
    private readonly AppFactory _app = new();

    public CapturedApp(LogLevel keepFrom = LogLevel.Warning)
    {
        Logs = new CapturingLoggerProvider(keepFrom);
        Factory = _app.WithWebHostBuilder(builder => builder.ConfigureLogging(logging =>
        {
            // Only the capture: a console logger would slow a fuzz run of thousands of requests to a crawl.
            logging.ClearProviders();
            logging.AddProvider(Logs);
            // Every SQL command is logged at Information; failed commands are still logged at Error.
            logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning);
        }));
    }

    public CapturingLoggerProvider Logs { get; }

    public WebApplicationFactory<Program> Factory { get; }

    public IServiceProvider Services => Factory.Services;

    /// <summary>A browser-like client (cookies kept, redirects not followed) from its own network address.</summary>
    public HtmlClient Client(string address)
    {
        var http = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        http.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
        http.Timeout = TimeSpan.FromMinutes(5);
        return new HtmlClient(http);
    }

    public async Task<HtmlClient> RegisteredClientAsync(string address)
    {
        var client = Client(address);
        await client.RegisterAsync($"{Guid.NewGuid():N}@example.com");
        return client;
    }

    public async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public void Dispose()
    {
        Factory.Dispose();
        _app.Dispose();
    }
}
