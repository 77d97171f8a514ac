using Microsoft.Playwright;

namespace CareerPlanner.BrowserTests.PageObjects;

/// <summary>Step 2, goals: the dream job, the intention, goals on three horizons.</summary>
internal sealed class GoalsPage(IPage page) : StepPage(page)
{
    public const string Slug = "goals";

    public ILocator DreamJob => Page.GetByLabel("Your dream job or position");

    public ILocator FindAnotherJob => Page.GetByRole(AriaRole.Radio, new() { Name = "Find another job" });

    public ILocator Opportunities => Page.GetByLabel("Opportunities you see in the next 5–10 years");

    public ILocator NewGoal => Page.GetByRole(AriaRole.Group, new() { Name = "New goal", Exact = true });

    public static ILocator Horizon(ILocator goal) => goal.GetByLabel("Horizon");

    public static ILocator GoalTitle(ILocator goal) => goal.GetByLabel("Goal", new() { Exact = true });

    public static ILocator TargetDate(ILocator goal) => goal.GetByLabel("Target date");

    /// <summary>The headings of the goals grouped by horizon.</summary>
    public ILocator HorizonHeadings => Region("Your goals by horizon").GetByRole(AriaRole.Heading, new() { Level = 3 });
}
