using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CareerPlanner.BrowserTests.PageObjects;

/// <summary>"My plans", <c>/plans</c>: a card per plan, or the empty state with the example plan.</summary>
internal sealed class MyPlansPage(IPage page) : AppPage(page)
{
    public const string Url = "/plans";

    public ILocator Title => HeadingNamed("My plans");

    public ILocator NoPlansYet => Page.GetByRole(AriaRole.Heading, new() { Name = "You have no plans yet" });

    public ILocator NewPlanLink => Link("New plan", exact: true);

    public ILocator ImportLink => Link("Import a plan");

    public ILocator ExampleButton => Button("Explore an example plan");

    public ILocator Cards => Page.GetByRole(AriaRole.List, new() { Name = "Your plans" }).GetByRole(AriaRole.Listitem);

    /// <summary>The card of the plan with this title.</summary>
    public ILocator Card(string title) => Cards.Filter(new() { Has = Page.GetByRole(AriaRole.Heading, new() { Name = title, Exact = true }) });

    public ILocator PlanLink(string title) => Link(title, exact: true);

    public ILocator RenameLink(string title) => Link($"Rename {title}", exact: true);

    public ILocator DeleteLink(string title) => Link($"Delete {title}", exact: true);

    /// <summary>The link on a card that counts the mentor comments not read yet, e.g. "1 new mentor comment".</summary>
    public ILocator NewCommentsLink(string text) => Link(text);

    /// <summary>The card's link to the plan, named by its title.</summary>
    public static ILocator TitleLink(ILocator card, string title) => card.GetByRole(AriaRole.Link, new() { Name = title, Exact = true });

    /// <summary>A text on the card that starts so, e.g. "1 of 5".</summary>
    public static ILocator TextStartingWith(ILocator card, string start) => card.GetByText(new Regex($"^{Regex.Escape(start)}"));

    /// <summary>The value next to a term of a card's definition list, e.g. "Overdue" → "none".</summary>
    public static ILocator Definition(ILocator card, string term) =>
        card.Locator("dt").Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(term)}$") }).Locator("xpath=following-sibling::dd[1]");
}
