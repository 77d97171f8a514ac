using Microsoft.Playwright;

namespace CareerPlanner.BrowserTests.PageObjects;

/// <summary>Step 3, gap analysis: the target role, its requirements, readiness and the gap chart.</summary>
internal sealed class GapAnalysisPage(IPage page) : StepPage(page)
{
    public const string Slug = "gap-analysis";

    public ILocator RoleTitle => Page.GetByLabel("Role title");

    public ILocator Description => Page.GetByLabel("Description");

    public ILocator NewRequirement => Page.GetByRole(AriaRole.Group, new() { Name = "New requirement", Exact = true });

    /// <summary>A saved requirement's group, named "Requirement N: name".</summary>
    public ILocator SavedRequirement(int number, string name) => Page.GetByRole(AriaRole.Group, new() { Name = $"Requirement {number}: {name}" });

    public static ILocator Kind(ILocator requirement) => requirement.GetByLabel("Kind");

    public static ILocator Name(ILocator requirement) => requirement.GetByLabel("Requirement", new() { Exact = true });

    public static ILocator RequiredLevel(ILocator requirement) => requirement.GetByLabel("Required level");

    public static ILocator ClosedBy(ILocator requirement) => requirement.GetByLabel("What would close it");

    public static ILocator Priority(ILocator requirement) => requirement.GetByLabel("Priority");

    /// <summary>The readiness figure, e.g. "46 %".</summary>
    public ILocator Readiness => Page.Locator(".readiness-value");

    public ILocator Chart => Page.GetByRole(AriaRole.Img, new() { Name = "Current versus required level per requirement" });

    public ILocator GapRows => Page.GetByRole(AriaRole.Table, new() { Name = "Gaps, most urgent first" }).GetByRole(AriaRole.Row);
}
