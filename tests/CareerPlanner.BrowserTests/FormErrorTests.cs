using System.Text.RegularExpressions;
using CareerPlanner.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests;

/// <summary>Bad input in a real browser: the person is told what is wrong, where, and keeps what they typed.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FormErrorTests(BrowserAppFixture app, ITestOutputHelper output)
{
    private const string Password = "correct horse battery staple";

    [SkippableFact]
    public async Task RegisterWithShortPasswordExplainsAndKeepsEmail()
    {
        await using var session = await app.StartSessionAsync(output, nameof(RegisterWithShortPasswordExplainsAndKeepsEmail));
        var page = session.Page;
        var email = BrowserSession.UniqueEmail("short-password");

        await page.GotoAsync("/account/register");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("too short");
        await page.GetByLabel("Confirm password").FillAsync("too short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert);
        await Expect(summary).ToContainTextAsync("Please check the form");
        await Expect(summary).ToContainTextAsync("Use 10 to 128 characters");
        var password = page.GetByLabel("Password", new() { Exact = true });
        await Expect(password).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(password).ToHaveAccessibleDescriptionAsync(new Regex("Use 10 to 128 characters"));
        await Expect(page.GetByLabel("Email")).ToHaveValueAsync(email);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Log out" })).ToHaveCountAsync(0);
        await session.CheckPageAsync("Register, password too short");
    }

    [SkippableFact]
    public async Task NewPlanWithoutTitleShowsErrorAtFieldAndInSummary()
    {
        await using var session = await app.StartSessionAsync(output, nameof(NewPlanWithoutTitleShowsErrorAtFieldAndInSummary));
        var page = session.Page;

        await page.GotoAsync("/account/register");
        await page.GetByLabel("Email").FillAsync(BrowserSession.UniqueEmail("empty-title"));
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Confirm password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My plans", Level = 1 })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "New plan", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create plan" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert);
        await Expect(summary).ToContainTextAsync("Please check the form");
        await Expect(summary).ToContainTextAsync("Give the plan a title.");
        var title = page.GetByLabel("Title");
        await Expect(title).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(title).ToHaveAccessibleDescriptionAsync("Give the plan a title.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New plan", Level = 1 })).ToBeVisibleAsync();
        await session.CheckPageAsync("New plan, no title");

        await page.GotoAsync("/plans");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You have no plans yet" })).ToBeVisibleAsync();
    }
}
