using System.Diagnostics;
using System.Text;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CareerPlanner.BrowserTests.Infrastructure;

/// <summary>
/// One test's browser context and page. <see cref="CheckPageAsync"/> is called on every page the test
/// visits: it saves a full-page screenshot for people to look at and asserts the page passes axe.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly ITestOutputHelper _output;
    private readonly string _testName;
    private readonly List<AxeScan> _scans = [];

    internal BrowserSession(IBrowserContext context, IPage page, ITestOutputHelper output, string testName)
    {
        _context = context;
        Page = page;
        _output = output;
        _testName = testName;
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                _output.WriteLine($"browser console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => _output.WriteLine($"browser page error: {error}");
    }

    public IPage Page { get; }

    /// <summary>The axe scans made so far, one per page visited.</summary>
    public IReadOnlyList<AxeScan> Scans => _scans;

    /// <summary>An address no other test uses, so every test has its own account.</summary>
    public static string UniqueEmail(string who) => $"{who}-{Guid.NewGuid():N}@example.com";

    /// <summary>Screenshot, then axe: the picture is there even when the accessibility assertion fails.</summary>
    public async Task<AxeScan> CheckPageAsync(string pageName)
    {
        await Page.WaitForLoadStateAsync(LoadState.Load);
        var file = Path.Combine(BrowserSettings.ScreenshotsFolder, $"{Slug(_testName)}-{_scans.Count + 1:00}-{Slug(pageName)}.png");
        var clock = Stopwatch.StartNew();
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        _output.WriteLine($"screenshot {pageName}: {file} ({clock.ElapsedMilliseconds} ms)");

        clock.Restart();
        var scan = await Accessibility.AssertAccessibleAsync(Page, pageName);
        _scans.Add(scan);
        _output.WriteLine($"{scan} ({clock.ElapsedMilliseconds} ms)");
        return scan;
    }

    public async ValueTask DisposeAsync()
    {
        if (_scans.Count > 0)
        {
            _output.WriteLine($"{_testName}: {_scans.Count} page(s) scanned, {_scans.Sum(s => s.Violations)} axe violation(s) in all, "
                + $"{_scans.Sum(s => s.SeriousOrCritical)} serious/critical.");
        }

        await _context.CloseAsync();
        await _context.DisposeAsync();
    }

    private static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            slug.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        return string.Join('-', slug.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
