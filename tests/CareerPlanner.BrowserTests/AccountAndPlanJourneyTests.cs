using System.Text.RegularExpressions;
using CareerPlanner.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests;

/// <summary>A person's first visit, end to end in a real browser, finding everything by role and label.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AccountAndPlanJourneyTests(BrowserAppFixture app, ITestOutputHelper output)
{
    private const string Password = "correct horse battery staple";

    [SkippableFact]
    public async Task RegisterCreateRenameDeletePlan()
    {
        await using var session = await app.StartSessionAsync(output, nameof(RegisterCreateRenameDeletePlan));
        var page = session.Page;
        var email = BrowserSession.UniqueEmail("journey");
        const string title = "Support engineer to product manager";
        const string newTitle = "Stay and grow as a support lead";

        // Home, as a stranger.
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Plan the next steps of your career");
        await session.CheckPageAsync("Home");

        // Register.
        await page.GetByRole(AriaRole.Link, new() { Name = "Create account", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(PathIs("/account/register"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Create your account", Level = 1 })).ToBeVisibleAsync();
        await session.CheckPageAsync("Register");

        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Confirm password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        // My plans, still empty.
        await Expect(page).ToHaveURLAsync(PathIs("/plans"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My plans", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You have no plans yet" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Log out" })).ToBeVisibleAsync();
        await session.CheckPageAsync("My plans, empty");

        // A new plan.
        await page.GetByRole(AriaRole.Link, new() { Name = "New plan", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(PathIs("/plans/new"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New plan", Level = 1 })).ToBeVisibleAsync();
        await session.CheckPageAsync("New plan");

        await page.GetByLabel("Title").FillAsync(title);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create plan" }).ClickAsync();
        // Creating leads into the plan's first step; which page that is belongs to the plan pages' own tests.
        await page.WaitForURLAsync(PlanPage());

        await page.GotoAsync("/plans");
        var card = PlanCard(page, title);
        await Expect(card).ToBeVisibleAsync();
        await Expect(card.GetByRole(AriaRole.Link, new() { Name = title, Exact = true })).ToBeVisibleAsync();
        await Expect(card.GetByText("Step reached")).ToBeVisibleAsync();
        await Expect(card.GetByText(StartsWith("1 of 5"))).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You have no plans yet" })).ToHaveCountAsync(0);
        await session.CheckPageAsync("My plans, one plan");

        // Rename it.
        await page.GetByRole(AriaRole.Link, new() { Name = $"Rename {title}", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Rename plan", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("New title")).ToHaveValueAsync(title);
        await session.CheckPageAsync("Rename plan");

        await page.GetByLabel("New title").FillAsync(newTitle);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save title" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(PathIs("/plans"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Plan renamed to “{newTitle}”.");
        await Expect(PlanCard(page, newTitle)).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true })).ToHaveCountAsync(0);
        await session.CheckPageAsync("My plans, renamed");

        // Delete it.
        await page.GetByRole(AriaRole.Link, new() { Name = $"Delete {newTitle}", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Delete “{newTitle}”?", Level = 1 })).ToBeVisibleAsync();
        await session.CheckPageAsync("Delete plan");

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete plan" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(PathIs("/plans"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Plan “{newTitle}” deleted.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You have no plans yet" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = newTitle, Exact = true })).ToHaveCountAsync(0);
        await session.CheckPageAsync("My plans, after delete");

        // Log out.
        await page.GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("You have logged out.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Plan the next steps of your career");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Log in", Exact = true }).First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Log out" })).ToHaveCountAsync(0);
        await session.CheckPageAsync("Home, logged out");
    }

    private static ILocator PlanCard(IPage page, string title) =>
        page.GetByRole(AriaRole.List, new() { Name = "Your plans" })
            .GetByRole(AriaRole.Listitem)
            .Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = title, Exact = true }) });

    private static Regex PathIs(string path) => new($"^[^?#]*//[^/]+{Regex.Escape(path)}(\\?.*)?$");

    private static Regex StartsWith(string text) => new($"^{Regex.Escape(text)}");

    [GeneratedRegex(@"/plans/\d+(/|$)")]
    private static partial Regex PlanPage();
}
