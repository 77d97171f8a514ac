namespace CareerPlanner.BrowserTests.Infrastructure;

/// <summary>
/// Where the browser tests find Chromium, whether they may skip without it, and where they put screenshots.
/// All three can be changed by environment variables, so a developer machine and CI can differ.
/// </summary>
public static class BrowserSettings
{
    /// <summary>Debian's <c>chromium</c> package installs here.</summary>
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    /// <summary>Overrides <see cref="DefaultChromiumPath"/>.</summary>
    public const string ChromiumVariable = "CAREERPLANNER_CHROMIUM";

    /// <summary>When <c>1</c>, a missing browser fails the tests instead of skipping them (CI sets it).</summary>
    public const string RequireBrowserVariable = "CAREERPLANNER_REQUIRE_BROWSER";

    /// <summary>Overrides the screenshot folder (default: <c>TestResults/screenshots</c> in the test output folder).</summary>
    public const string ScreenshotsVariable = "CAREERPLANNER_SCREENSHOTS";

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } configured ? configured : DefaultChromiumPath;

    public static bool BrowserRequired => Environment.GetEnvironmentVariable(RequireBrowserVariable) == "1";

    public static bool ScreenshotsFolderIsDefault => string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ScreenshotsVariable));

    public static string ScreenshotsFolder =>
        Environment.GetEnvironmentVariable(ScreenshotsVariable) is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    /// <summary>Flags for a headless Chromium on a machine with no GPU, no network beyond loopback and no user profile.</summary>
    public static IReadOnlyList<string> ChromiumArgs { get; } =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];
}
