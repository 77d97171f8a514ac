using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CareerPlanner.BrowserTests.PageObjects;

/// <summary>The plan's overview, <c>/plans/{id}</c>: the whole plan as a document, its downloads, sharing and calendar, the mentors' feedback.</summary>
internal sealed class PlanOverviewPage(IPage page) : AppPage(page)
{
    public ILocator TitleOf(string plan) => HeadingNamed(plan);

    /// <summary>A step's section, e.g. "1. Self-assessment", "4. Action plan".</summary>
    public ILocator Section(string name) => Region(name);

    public ILocator ActionRows => Section("4. Action plan").GetByRole(AriaRole.Table).GetByRole(AriaRole.Row);

    public ILocator ActionTimeline => Section("4. Action plan").GetByRole(AriaRole.Img, new() { Name = "Timeline of actions" });

    public ILocator TrendChart => Page.GetByRole(AriaRole.Img, new() { Name = "Progress over reviews: share of actions done, average progress and readiness" });

    /// <summary>The summary at the top: readiness, actions, next review, new comments, "Do this next".</summary>
    public ILocator Summary => Region("At a glance");

    public ILocator ShareLink => Link("Share with a mentor");

    public ILocator DownloadJson => Link("Download as JSON");

    public ILocator DownloadMarkdown => Link("Download as Markdown");

    public ILocator CalendarLink => Link("Review rhythm and calendar");

    /// <summary>What the plan's Markdown set in bold, in a section.</summary>
    public static ILocator Strong(ILocator section) => section.Locator("strong");

    /// <summary>The reflection quoted in a section (the latest review's).</summary>
    public static ILocator Quote(ILocator section) => section.Locator("blockquote");

    /// <summary>The mentors' ratings next to the planner's own levels, in a step's section.</summary>
    public static ILocator Ratings(ILocator section) => section.GetByRole(AriaRole.Table, new() { Name = "Your mentors' view of your current levels" });

    public static ILocator ResolveButton(ILocator section) => section.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Mark resolved") });

    /// <summary>A comment's state tag, "New" or "Resolved".</summary>
    public static ILocator Tag(ILocator section, string state) => section.GetByText(state, new() { Exact = true });
}
