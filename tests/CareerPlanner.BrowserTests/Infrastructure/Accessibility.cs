using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CareerPlanner.BrowserTests.Infrastructure;

/// <summary>What one axe-core scan of one page found.</summary>
/// <param name="PageName">The name the test gave the page, e.g. "Register".</param>
/// <param name="Url">The address scanned.</param>
/// <param name="Violations">All violated rules, whatever their impact.</param>
/// <param name="SeriousOrCritical">Violated rules with impact serious or critical; the test fails on any.</param>
/// <param name="Lesser">Rule id and impact of each minor or moderate violation, reported but allowed.</param>
public sealed record AxeScan(string PageName, string Url, int Violations, int SeriousOrCritical, IReadOnlyList<string> Lesser)
{
    public override string ToString() =>
        $"axe {PageName}: {Violations} violation(s), {SeriousOrCritical} serious/critical"
        + (Lesser.Count > 0 ? $" (allowed: {string.Join(", ", Lesser)})" : "");
}

public static class Accessibility
{
    private static readonly HashSet<string> s_failingImpacts = new(StringComparer.OrdinalIgnoreCase) { "serious", "critical" };

    // Every rule still runs and every violation comes back in full; passes, incomplete and inapplicable
    // results are cut to one example node each, which keeps a scan of a long page fast.
    private static readonly AxeRunOptions s_options = new() { ResultTypes = [ResultType.Violations] };

    /// <summary>
    /// Runs axe-core on the page as it is now and fails with every serious or critical violation:
    /// rule id, impact, help text and the selectors of the offending elements.
    /// </summary>
    public static async Task<AxeScan> AssertAccessibleAsync(IPage page, string pageName)
    {
        var result = await page.RunAxe(s_options);
        // A scan that checked nothing would pass anything: make sure axe really ran on a real page.
        Assert.True(result.Passes is { Length: > 0 }, $"axe-core checked nothing on \"{pageName}\" ({page.Url}); was the page empty?");
        var violations = result.Violations ?? [];
        var failing = violations.Where(v => v.Impact is not null && s_failingImpacts.Contains(v.Impact)).ToList();
        var scan = new AxeScan(
            pageName,
            page.Url,
            violations.Length,
            failing.Count,
            [.. violations.Except(failing).Select(v => $"{v.Id} [{v.Impact ?? "no impact"}]")]);

        if (failing.Count > 0)
        {
            Assert.Fail(Describe(pageName, page.Url, failing));
        }

        return scan;
    }

    private static string Describe(string pageName, string url, List<AxeResultItem> failing)
    {
        var message = new StringBuilder()
            .Append($"{failing.Count} serious/critical accessibility violation(s) on \"{pageName}\" ({url}):");
        foreach (var violation in failing)
        {
            message.AppendLine()
                .Append($"- {violation.Id} [{violation.Impact}]: {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes ?? [])
            {
                message.AppendLine().Append($"    at {node.Target}");
            }
        }

        return message.ToString();
    }
}
