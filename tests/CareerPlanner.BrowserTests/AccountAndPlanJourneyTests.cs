using System.Text.RegularExpressions;
using CareerPlanner.BrowserTests.Infrastructure;
using CareerPlanner.BrowserTests.PageObjects;
using Xunit.Abstractions;
using static CareerPlanner.BrowserTests.PageObjects.AppPage;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests;

/// <summary>A person's first visit, end to end in a real browser, finding everything by role and label.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AccountAndPlanJourneyTests(BrowserAppFixture app, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task RegisterCreateRenameDeletePlan()
    {
        await using var session = await app.StartSessionAsync(output, nameof(RegisterCreateRenameDeletePlan));
        var page = session.Page;
        var home = new HomePage(page);
        var register = new RegisterPage(page);
        var plans = new MyPlansPage(page);
        var newPlan = new NewPlanPage(page);
        var rename = new RenamePlanPage(page);
        var delete = new DeletePlanPage(page);
        var email = BrowserSession.UniqueEmail("journey");
        const string title = "Support engineer to product manager";
        const string newTitle = "Stay and grow as a support lead";

        // Home, as a stranger.
        await page.GotoAsync(HomePage.Url);
        await Expect(home.Heading).ToContainTextAsync(HomePage.Welcome);
        await session.CheckPageAsync("Home");

        // Register.
        await home.CreateAccountLink.ClickAsync();
        await Expect(page).ToHaveURLAsync(PathIs(RegisterPage.Url));
        await Expect(register.Title).ToBeVisibleAsync();
        await session.CheckPageAsync("Register");

        await register.RegisterAsync(email, PlanWizard.Password);

        // My plans, still empty.
        await Expect(page).ToHaveURLAsync(PathIs(MyPlansPage.Url));
        await Expect(plans.Title).ToBeVisibleAsync();
        await Expect(plans.NoPlansYet).ToBeVisibleAsync();
        await Expect(plans.LogOutButton).ToBeVisibleAsync();
        await session.CheckPageAsync("My plans, empty");

        // A new plan.
        await plans.NewPlanLink.ClickAsync();
        await Expect(page).ToHaveURLAsync(PathIs(NewPlanPage.Url));
        await Expect(newPlan.Title).ToBeVisibleAsync();
        await session.CheckPageAsync("New plan");

        await newPlan.TitleField.FillAsync(title);
        await newPlan.CreateButton.ClickAsync();
        // Creating leads into the plan's first step; which page that is belongs to the plan pages' own tests.
        await page.WaitForURLAsync(PlanPage());

        await page.GotoAsync(MyPlansPage.Url);
        var card = plans.Card(title);
        await Expect(card).ToBeVisibleAsync();
        await Expect(MyPlansPage.TitleLink(card, title)).ToBeVisibleAsync();
        await Expect(MyPlansPage.Text(card, "Step reached")).ToBeVisibleAsync();
        await Expect(MyPlansPage.TextStartingWith(card, "1 of 5")).ToBeVisibleAsync();
        await Expect(plans.NoPlansYet).ToHaveCountAsync(0);
        await session.CheckPageAsync("My plans, one plan");

        // Rename it.
        await plans.RenameLink(title).ClickAsync();
        await Expect(rename.Title).ToBeVisibleAsync();
        await Expect(rename.NewTitle).ToHaveValueAsync(title);
        await session.CheckPageAsync("Rename plan");

        await rename.NewTitle.FillAsync(newTitle);
        await rename.SaveButton.ClickAsync();
        await Expect(page).ToHaveURLAsync(PathIs(MyPlansPage.Url));
        await Expect(plans.Status).ToHaveTextAsync($"Plan renamed to “{newTitle}”.");
        await Expect(plans.Card(newTitle)).ToBeVisibleAsync();
        await Expect(plans.PlanLink(title)).ToHaveCountAsync(0);
        await session.CheckPageAsync("My plans, renamed");

        // Delete it.
        await plans.DeleteLink(newTitle).ClickAsync();
        await Expect(delete.TitleFor(newTitle)).ToBeVisibleAsync();
        await session.CheckPageAsync("Delete plan");

        await delete.DeleteButton.ClickAsync();
        await Expect(page).ToHaveURLAsync(PathIs(MyPlansPage.Url));
        await Expect(plans.Status).ToHaveTextAsync($"Plan “{newTitle}” deleted.");
        await Expect(plans.NoPlansYet).ToBeVisibleAsync();
        await Expect(plans.PlanLink(newTitle)).ToHaveCountAsync(0);
        await session.CheckPageAsync("My plans, after delete");

        // Log out.
        await plans.LogOutButton.ClickAsync();
        await Expect(home.Status).ToHaveTextAsync("You have logged out.");
        await Expect(home.Heading).ToContainTextAsync(HomePage.Welcome);
        await Expect(home.LogInLink.First).ToBeVisibleAsync();
        await Expect(home.LogOutButton).ToHaveCountAsync(0);
        await session.CheckPageAsync("Home, logged out");
    }

    [GeneratedRegex(@"/plans/\d+(/|$)")]
    private static partial Regex PlanPage();
}
