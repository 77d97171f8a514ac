using System.Text.RegularExpressions;
using CareerPlanner.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests;

/// <summary>Amara walks steps 1 to 3 in a real browser, typing her plan the way she would.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class WizardJourneyTests(BrowserAppFixture app, ITestOutputHelper output)
{
    private const string Password = "correct horse battery staple";

    [SkippableFact]
    public async Task AmaraWalksSelfAssessmentGoalsAndGapAnalysis()
    {
        await using var session = await app.StartSessionAsync(output, nameof(AmaraWalksSelfAssessmentGoalsAndGapAnalysis));
        var page = session.Page;
        await RegisterAndCreatePlanAsync(page);

        // Step 1
        await Expect(page).ToHaveURLAsync(StepUrl("self-assessment"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Self-assessment");
        await session.CheckPageAsync("Step 1, empty");

        await page.GetByLabel("Strengths").FillAsync(Amara.Strengths);
        await page.GetByLabel("What motivates and engages you").FillAsync(Amara.Motivators);
        await page.GetByLabel("Where you excel").FillAsync(Amara.ExcelsAt);
        await page.GetByLabel("Where you struggle").FillAsync(Amara.StrugglesWith);
        foreach (var (name, level, evidence) in Amara.Skills)
        {
            var row = page.GetByRole(AriaRole.Group, new() { Name = "New skill", Exact = true });
            await row.GetByLabel("Skill", new() { Exact = true }).FillAsync(name);
            await row.GetByLabel("Level").SelectOptionAsync(new SelectOptionValue { Label = level });
            await row.GetByLabel("Evidence").FillAsync(evidence);
            await page.GetByRole(AriaRole.Button, new() { Name = "Save and add another skill" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var (role, organisation, fromYearsAgo, toYearsAgo, highlights) in Amara.Experiences)
        {
            var row = page.GetByRole(AriaRole.Group, new() { Name = "New experience", Exact = true });
            await row.GetByLabel("Role").FillAsync(role);
            await row.GetByLabel("Organisation").FillAsync(organisation);
            await row.GetByLabel("From").FillAsync(today.AddYears(-fromYearsAgo).ToString("yyyy-MM-dd"));
            if (toYearsAgo is { } years)
            {
                await row.GetByLabel("To").FillAsync(today.AddYears(-years).ToString("yyyy-MM-dd"));
            }

            await row.GetByLabel("Highlights").FillAsync(highlights);
            await page.GetByRole(AriaRole.Button, new() { Name = "Save and add another experience" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        }

        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Skill 10: Public speaking" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Plan steps" }).GetByRole(AriaRole.Link).First).ToContainTextAsync("Done");
        await session.CheckPageAsync("Step 1, filled");

        // A mistake on the way: a new skill without a level is refused, and nothing typed is lost.
        var newSkill = page.GetByRole(AriaRole.Group, new() { Name = "New skill", Exact = true });
        await newSkill.GetByLabel("Skill", new() { Exact = true }).FillAsync("Negotiation");
        await page.GetByLabel("Where you struggle").FillAsync(Amara.StrugglesWith + " Still working on it.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Choose a level from 1 (Novice) to 5 (Expert).");
        await Expect(newSkill.GetByLabel("Level")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(newSkill.GetByLabel("Skill", new() { Exact = true })).ToHaveValueAsync("Negotiation");
        await Expect(page.GetByLabel("Where you struggle")).ToHaveValueAsync(Amara.StrugglesWith + " Still working on it.");
        await session.CheckPageAsync("Step 1, a skill without a level");
        await newSkill.GetByLabel("Level").SelectOptionAsync(new SelectOptionValue { Label = "2 – Advanced beginner" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue →" }).ClickAsync();

        // Step 2
        await Expect(page).ToHaveURLAsync(StepUrl("goals"));
        await session.CheckPageAsync("Step 2, empty");
        await page.GetByLabel("Your dream job or position").FillAsync(Amara.DreamJob);
        await page.GetByRole(AriaRole.Radio, new() { Name = "Find another job" }).CheckAsync();
        await page.GetByLabel("Opportunities you see in the next 5–10 years").FillAsync(Amara.Opportunities);
        foreach (var (horizon, title, monthsAhead) in Amara.Goals)
        {
            var row = page.GetByRole(AriaRole.Group, new() { Name = "New goal", Exact = true });
            await row.GetByLabel("Horizon").SelectOptionAsync(new SelectOptionValue { Label = horizon });
            await row.GetByLabel("Goal", new() { Exact = true }).FillAsync(title);
            await row.GetByLabel("Target date").FillAsync(today.AddMonths(monthsAhead).ToString("yyyy-MM-dd"));
            await page.GetByRole(AriaRole.Button, new() { Name = "Save and add another goal" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        }

        var byHorizon = page.GetByRole(AriaRole.Region, new() { Name = "Your goals by horizon" });
        await Expect(byHorizon.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToHaveTextAsync(["1 year", "3 years", "5 years"]);
        await session.CheckPageAsync("Step 2, filled");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue →" }).ClickAsync();

        // Step 3
        await Expect(page).ToHaveURLAsync(StepUrl("gap-analysis"));
        await session.CheckPageAsync("Step 3, empty");
        await page.GetByLabel("Role title").FillAsync(Amara.TargetRole);
        await page.GetByLabel("Description").FillAsync(Amara.TargetRoleDescription);
        foreach (var (kind, name, required, closedBy, priority) in Amara.Requirements)
        {
            var row = page.GetByRole(AriaRole.Group, new() { Name = "New requirement", Exact = true });
            await row.GetByLabel("Kind").SelectOptionAsync(new SelectOptionValue { Label = kind });
            await row.GetByLabel("Requirement", new() { Exact = true }).FillAsync(name);
            await row.GetByLabel("Required level").SelectOptionAsync(new SelectOptionValue { Label = required });
            await row.GetByLabel("What would close it").SelectOptionAsync(new SelectOptionValue { Label = closedBy });
            await row.GetByLabel("Priority").SelectOptionAsync(new SelectOptionValue { Label = priority });
            await page.GetByRole(AriaRole.Button, new() { Name = "Save and add another requirement" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        }

        // Five of her step-1 skills match requirements by name; the certificate is unrated (counts 0).
        await Expect(page.Locator(".readiness-value")).ToHaveTextAsync("46 %");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Requirement 1: Roadmapping" })).ToContainTextAsync("From your self-assessment: 1 – Novice");
        var chart = page.GetByRole(AriaRole.Img, new() { Name = "Current versus required level per requirement" });
        await Expect(chart).ToBeVisibleAsync();
        await chart.ScreenshotAsync(new() { Path = Path.Combine(BrowserSettings.ScreenshotsFolder, "amara-gap-chart.png") });
        var firstGap = page.GetByRole(AriaRole.Table, new() { Name = "Gaps, most urgent first" }).GetByRole(AriaRole.Row).Nth(1);
        await Expect(firstGap).ToContainTextAsync("Roadmapping");
        await session.CheckPageAsync("Step 3, filled");

        // The plan as a document.
        await page.GetByRole(AriaRole.Link, new() { Name = Amara.PlanTitle, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Amara.PlanTitle, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "1. Self-assessment" }).Locator("strong").First).ToHaveTextAsync("simply");
        await Expect(page.GetByText("46 %")).ToBeVisibleAsync();
        await session.CheckPageAsync("Plan overview after step 3");
    }

    private static async Task RegisterAndCreatePlanAsync(IPage page)
    {
        await page.GotoAsync("/account/register");
        await page.GetByLabel("Email").FillAsync(BrowserSession.UniqueEmail("amara"));
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Confirm password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New plan", Exact = true }).ClickAsync();
        await page.GetByLabel("Title").FillAsync(Amara.PlanTitle);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create plan" }).ClickAsync();
    }

    private static Regex StepUrl(string step) => new($"/plans/\\d+/{Regex.Escape(step)}$");
}
