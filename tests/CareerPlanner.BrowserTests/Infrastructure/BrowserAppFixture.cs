using System.Diagnostics.CodeAnalysis;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CareerPlanner.BrowserTests.Infrastructure;

/// <summary>The collection every browser test class joins, so they share one app and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserAppFixture>
{
    public const string Name = "Browser";
}

/// <summary>
/// The real app on Kestrel on a free loopback port, with its own temp data folder (SQLite file and keys,
/// migrated at start-up as in production), and one headless Chromium driven by Playwright.
/// Each test gets a fresh browser context from <see cref="StartSessionAsync"/>.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xUnit disposes the fixture through IAsyncLifetime.DisposeAsync.")]
public sealed class BrowserAppFixture : IAsyncLifetime
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "careerplanner-browser-tests", Guid.NewGuid().ToString("N"));
    private AppFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _unavailableReason;

    /// <summary>Where the app listens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri? BaseAddress { get; private set; }

    public async Task InitializeAsync()
    {
        var chromium = BrowserSettings.ChromiumPath;
        if (!File.Exists(chromium))
        {
            // No browser, no point starting the app: each test skips (or fails) with this reason.
            _unavailableReason = BrowserRequirement.MissingChromiumReason(chromium);
            return;
        }

        PrepareScreenshotsFolder();

        _factory = new AppFactory(_dataFolder);
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseAddress = new Uri(addresses.Single(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal)));

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = BrowserSettings.ChromiumArgs,
            Timeout = 60_000,
        });
    }

    /// <summary>
    /// A fresh browser context and page for one test, pointed at the app. Skips the test, or fails it when
    /// <c>CAREERPLANNER_REQUIRE_BROWSER=1</c>, if there is no browser.
    /// </summary>
    public async Task<BrowserSession> StartSessionAsync(ITestOutputHelper output, string testName)
    {
        BrowserRequirement.Ensure(_unavailableReason);
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress!.ToString(),
            // The app may send a Content-Security-Policy; axe is injected by script and must always run.
            BypassCSP = true,
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "en-GB",
            TimezoneId = "UTC",
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page, output, testName);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(_dataFolder))
            {
                Directory.Delete(_dataFolder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail the run on clean-up.
        }
    }

    private static void PrepareScreenshotsFolder()
    {
        var folder = BrowserSettings.ScreenshotsFolder;
        if (BrowserSettings.ScreenshotsFolderIsDefault && Directory.Exists(folder))
        {
            // Only the default folder is ours to empty: stale pictures from an older run would mislead.
            foreach (var file in Directory.EnumerateFiles(folder, "*.png"))
            {
                File.Delete(file);
            }
        }

        Directory.CreateDirectory(folder);
    }

    private sealed class AppFactory(string dataFolder) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("CareerPlanner:DataFolder", dataFolder);
        }
    }
}
