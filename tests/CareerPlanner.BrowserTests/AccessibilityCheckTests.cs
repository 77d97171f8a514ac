using CareerPlanner.BrowserTests.Infrastructure;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace CareerPlanner.BrowserTests;

/// <summary>The accessibility check itself: a clean result only means something if a bad page fails it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityCheckTests(BrowserAppFixture app, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task SeriousViolationFailsWithRuleImpactHelpAndTarget()
    {
        await using var session = await app.StartSessionAsync(output, nameof(SeriousViolationFailsWithRuleImpactHelpAndTarget));
        await session.Page.SetContentAsync("""
            <!DOCTYPE html>
            <html lang="en">
            <head><title>A page with a picture and no words for it</title></head>
            <body><main><h1>Team photo</h1><img id="team-photo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40"></main></body>
            </html>
            """);

        var failure = await Assert.ThrowsAsync<FailException>(() => Accessibility.AssertAccessibleAsync(session.Page, "Bad page"));

        output.WriteLine(failure.Message);
        Assert.Contains("\"Bad page\"", failure.Message, StringComparison.Ordinal);
        Assert.Contains("image-alt [critical]", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#team-photo", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Images must have alternative text", failure.Message, StringComparison.Ordinal);
    }
}
