namespace CareerPlanner.BrowserTests.Infrastructure;

/// <summary>
/// The one place that decides what a browser test does when it cannot get a browser:
/// skip with the reason, or — when <c>CAREERPLANNER_REQUIRE_BROWSER=1</c> — fail with the same reason.
/// </summary>
public static class BrowserRequirement
{
    public static string MissingChromiumReason(string path) =>
        $"Chromium not found at {path}; install Debian's chromium or set {BrowserSettings.ChromiumVariable}.";

    /// <summary>Returns normally when the browser is there; otherwise skips or fails the running test.</summary>
    /// <param name="unavailableReason">Why no browser is available, or null when one is.</param>
    public static void Ensure(string? unavailableReason)
    {
        if (unavailableReason is null)
        {
            return;
        }

        if (BrowserSettings.BrowserRequired)
        {
            Assert.Fail($"{unavailableReason} ({BrowserSettings.RequireBrowserVariable}=1, so this fails instead of skipping.)");
        }

        Skip.If(true, unavailableReason);
    }
}
