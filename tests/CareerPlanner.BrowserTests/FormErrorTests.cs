using CareerPlanner.BrowserTests.Infrastructure;
using CareerPlanner.BrowserTests.PageObjects;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests;

/// <summary>Bad input in a real browser: the person is told what is wrong, where, and keeps what they typed.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FormErrorTests(BrowserAppFixture app, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task RegisterWithShortPasswordExplainsAndKeepsEmail()
    {
        await using var session = await app.StartSessionAsync(output, nameof(RegisterWithShortPasswordExplainsAndKeepsEmail));
        var page = session.Page;
        var register = new RegisterPage(page);
        var email = BrowserSession.UniqueEmail("short-password");

        await page.GotoAsync(RegisterPage.Url);
        await register.RegisterAsync(email, "too short");

        var summary = register.Alert;
        await Expect(summary).ToContainTextAsync("Please check the form");
        await Expect(summary).ToContainTextAsync("Use 10 to 128 characters");
        var password = register.Password;
        await Expect(password).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(password).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("Use 10 to 128 characters"));
        await Expect(register.Email).ToHaveValueAsync(email);
        await Expect(register.LogOutButton).ToHaveCountAsync(0);
        await session.CheckPageAsync("Register, password too short");
    }

    [SkippableFact]
    public async Task NewPlanWithoutTitleShowsErrorAtFieldAndInSummary()
    {
        await using var session = await app.StartSessionAsync(output, nameof(NewPlanWithoutTitleShowsErrorAtFieldAndInSummary));
        var page = session.Page;
        var plans = new MyPlansPage(page);
        var newPlan = new NewPlanPage(page);

        await PlanWizard.RegisterAsync(page, "empty-title");

        await plans.NewPlanLink.ClickAsync();
        await newPlan.CreateButton.ClickAsync();

        var summary = newPlan.Alert;
        await Expect(summary).ToContainTextAsync("Please check the form");
        await Expect(summary).ToContainTextAsync("Give the plan a title.");
        var title = newPlan.TitleField;
        await Expect(title).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(title).ToHaveAccessibleDescriptionAsync("Give the plan a title.");
        await Expect(newPlan.Title).ToBeVisibleAsync();
        await session.CheckPageAsync("New plan, no title");

        await page.GotoAsync(MyPlansPage.Url);
        await Expect(plans.NoPlansYet).ToBeVisibleAsync();
    }
}
