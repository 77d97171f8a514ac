using Microsoft.Playwright;

namespace CareerPlanner.BrowserTests.PageObjects;

/// <summary>Step 5, the progress review: check-ins, what changed between them, the trend, milestones.</summary>
internal sealed class ProgressReviewPage(IPage page) : StepPage(page)
{
    public const string Slug = "progress-review";

    public ILocator CheckIn => Region("Record a check-in");

    public ILocator ReviewDate => CheckIn.GetByLabel("Date of the review");

    /// <summary>The check-in's row per action.</summary>
    public ILocator Standing => CheckIn.GetByRole(AriaRole.Group, new() { Name = "Where each action stands" });

    public ILocator StatusOf(string action) => Standing.GetByLabel($"Status of {action}", new() { Exact = true });

    public ILocator PercentDoneOf(string action) => Standing.GetByLabel($"Percent done of {action}", new() { Exact = true });

    /// <summary>The status chosen for an action in the check-in.</summary>
    public ILocator ChosenStatusOf(string action) => StatusOf(action).Locator("option:checked");

    public ILocator Reflection => CheckIn.GetByLabel("Reflection", new() { Exact = true });

    public ILocator PlanChanges => CheckIn.GetByLabel("What I am changing in the plan");

    public ILocator RecordReviewButton => CheckIn.GetByRole(AriaRole.Button, new() { Name = "Record review" });

    public ILocator PastReviews => Region("Past reviews");

    public ILocator PastReviewHeadings => PastReviews.GetByRole(AriaRole.Heading, new() { Level = 3 });

    /// <summary>The folded list, under a past review, of what changed since the one before.</summary>
    public ILocator SincePreviousReview => PastReviews.Locator("details");

    /// <summary>The summary line of a folded list, which opens it.</summary>
    public static ILocator Summary(ILocator details, string text) => details.GetByText(text);

    public static ILocator Items(ILocator list) => list.GetByRole(AriaRole.Listitem);

    public ILocator ProgressOverTime => Region("Progress over time");

    /// <summary>What changed since the last review, one item per change.</summary>
    public ILocator ChangesSinceLastReview => ProgressOverTime.Locator("ul.changes > li");

    public ILocator TrendChart => Page.GetByRole(AriaRole.Img, new() { Name = "Progress over reviews: share of actions done, average progress and readiness" });

    public ILocator Milestones => Region("Milestones");

    public ILocator MilestoneKind => Milestones.GetByLabel("Kind");

    public ILocator MilestoneNote => Milestones.GetByLabel("Note");

    public ILocator MilestoneDate => Milestones.GetByLabel("Date reached");

    /// <summary>The milestones recorded, one item each.</summary>
    public ILocator MilestoneItems => Milestones.GetByRole(AriaRole.Listitem);

    public ILocator RecordMilestoneButton => Milestones.GetByRole(AriaRole.Button, new() { Name = "Record milestone" });

    public ILocator BackToActionPlan => Link("← Back to the action plan");
}
