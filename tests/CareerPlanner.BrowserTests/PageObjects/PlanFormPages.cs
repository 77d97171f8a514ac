using Microsoft.Playwright;

namespace CareerPlanner.BrowserTests.PageObjects;

/// <summary>"New plan", <c>/plans/new</c>.</summary>
internal sealed class NewPlanPage(IPage page) : AppPage(page)
{
    public const string Url = "/plans/new";

    public ILocator Title => HeadingNamed("New plan");

    public ILocator TitleField => Page.GetByLabel("Title");

    public ILocator CreateButton => Button("Create plan");
}

/// <summary>"Rename plan", <c>/plans/{id}/rename</c>.</summary>
internal sealed class RenamePlanPage(IPage page) : AppPage(page)
{
    public ILocator Title => HeadingNamed("Rename plan");

    public ILocator NewTitle => Page.GetByLabel("New title");

    public ILocator SaveButton => Button("Save title");
}

/// <summary>The confirmation before a plan is deleted, <c>/plans/{id}/delete</c>.</summary>
internal sealed class DeletePlanPage(IPage page) : AppPage(page)
{
    public ILocator TitleFor(string plan) => HeadingNamed($"Delete “{plan}”?");

    public ILocator DeleteButton => Button("Delete plan");
}
