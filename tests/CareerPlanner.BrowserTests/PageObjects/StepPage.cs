using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CareerPlanner.BrowserTests.PageObjects;

/// <summary>What the five wizard steps share (whichever is open): their buttons, the step indicator and the way back to the plan.</summary>
internal class StepPage(IPage page) : AppPage(page)
{
    public const string SaveAndContinue = "Save and continue →";

    /// <summary>A step's address, <c>/plans/{id}/{slug}</c>.</summary>
    public static Regex UrlOf(string slug) => new($"/plans/\\d+/{Regex.Escape(slug)}$");

    /// <summary>A button that saves the step and stays, e.g. "Save" or "Save and add another skill".</summary>
    public ILocator SaveButton(string name = "Save") => Button(name, exact: true);

    public ILocator SaveAndContinueButton => Button(SaveAndContinue);

    /// <summary>The five steps, each a link.</summary>
    public ILocator StepLinks => Page.GetByRole(AriaRole.Navigation, new() { Name = "Plan steps" }).GetByRole(AriaRole.Link);

    /// <summary>The link back to the plan's overview, named by its title.</summary>
    public ILocator PlanLink(string title) => Link(title, exact: true);
}
