using Microsoft.Playwright;

namespace CareerPlanner.BrowserTests.PageObjects;

/// <summary>Step 4, the action plan: SMART actions, their check, and the plan at a glance (coverage, budget, timeline).</summary>
internal sealed class ActionPlanPage(IPage page) : StepPage(page)
{
    public const string Slug = "action-plan";

    public ILocator NewAction => Page.GetByRole(AriaRole.Group, new() { Name = "New action", Exact = true });

    /// <summary>A saved action's group, named "Action N: title".</summary>
    public ILocator SavedAction(int number, string title) => Page.GetByRole(AriaRole.Group, new() { Name = $"Action {number}: {title}", Exact = true });

    /// <summary>A field of an action, by its label as a screen reader announces it (with the "(specific)"-style hints).</summary>
    public static ILocator Field(ILocator action, string label) => action.GetByLabel(label, new() { Exact = true });

    /// <summary>The option chosen in one of an action's lists.</summary>
    public static ILocator Chosen(ILocator action, string label) => Field(action, label).Locator("option:checked");

    /// <summary>An action's SMART check: one badge per criterion.</summary>
    public static ILocator SmartBadges(ILocator action) => action.GetByRole(AriaRole.List, new() { Name = "SMART check" }).GetByRole(AriaRole.Listitem);

    public ILocator Glance => Region("Your plan at a glance");

    /// <summary>A text at a glance, e.g. the name of a gap no action serves.</summary>
    public static ILocator GlanceText(ILocator glance, string text) => glance.GetByText(text, new() { Exact = true });

    public ILocator BudgetRows => Glance.GetByRole(AriaRole.Table, new() { Name = "Budget" }).GetByRole(AriaRole.Row);

    public ILocator Timeline => Glance.GetByRole(AriaRole.Img, new() { Name = "Timeline of actions against the 1-, 3- and 5-year horizons" });
}
