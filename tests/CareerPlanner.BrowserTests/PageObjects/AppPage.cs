using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CareerPlanner.BrowserTests.PageObjects;

/// <summary>
/// What every page of the app has — its main heading, the status and alert messages, the links and
/// buttons of the site header — found by role and name, as a person (or a screen reader) finds them.
/// The page objects below own every name and label the browser tests look for.
/// </summary>
internal class AppPage(IPage page)
{
    public IPage Page => page;

    /// <summary>The page's main heading (<c>h1</c>).</summary>
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// <summary>The status message ("Saved.", "Plan renamed to …").</summary>
    public ILocator Status => page.GetByRole(AriaRole.Status);

    /// <summary>The error summary of a refused form.</summary>
    public ILocator Alert => page.GetByRole(AriaRole.Alert);

    public ILocator LogOutButton => page.GetByRole(AriaRole.Button, new() { Name = "Log out" });

    public ILocator LogInLink => page.GetByRole(AriaRole.Link, new() { Name = "Log in", Exact = true });

    public ILocator MyPlansLink => page.GetByRole(AriaRole.Link, new() { Name = "My plans", Exact = true });

    /// <summary>A table's rows, its header row first.</summary>
    public static ILocator Rows(ILocator table) => table.GetByRole(AriaRole.Row);

    /// <summary>A text within a part of the page.</summary>
    public static ILocator Text(ILocator within, string text) => within.GetByText(text);

    /// <summary>A table row's header cell.</summary>
    public static ILocator RowHeader(ILocator row) => row.GetByRole(AriaRole.Rowheader);

    /// <summary>A table row's other cells.</summary>
    public static ILocator Cells(ILocator row) => row.GetByRole(AriaRole.Cell);

    /// <summary>A main heading with this name.</summary>
    protected ILocator HeadingNamed(string name) => page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 });

    protected ILocator Button(string name, bool exact = false) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = exact });

    protected ILocator Link(string name, bool exact = false) => page.GetByRole(AriaRole.Link, new() { Name = name, Exact = exact });

    protected ILocator Region(string name) => page.GetByRole(AriaRole.Region, new() { Name = name });

    /// <summary>An address (with any query) whose path is exactly <paramref name="path"/>.</summary>
    public static Regex PathIs(string path) => new($"^[^?#]*//[^/]+{Regex.Escape(path)}(\\?.*)?$");
}
