using CareerPlanner.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static CareerPlanner.BrowserTests.PlanWizard;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests;

/// <summary>Amara walks steps 1 to 3 in a real browser, typing her plan the way she would.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WizardJourneyTests(BrowserAppFixture app, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task AmaraWalksSelfAssessmentGoalsAndGapAnalysis()
    {
        await using var session = await app.StartSessionAsync(output, nameof(AmaraWalksSelfAssessmentGoalsAndGapAnalysis));
        var page = session.Page;
        await RegisterAsync(page, "amara");
        await CreatePlanAsync(page, Amara.PlanTitle);

        // Step 1
        await Expect(page).ToHaveURLAsync(StepUrl("self-assessment"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Self-assessment");
        await session.CheckPageAsync("Step 1, empty");

        await DescribeHerselfAsync(page);
        foreach (var skill in Amara.Skills)
        {
            await AddSkillAsync(page, skill);
        }

        foreach (var experience in Amara.Experiences)
        {
            await AddExperienceAsync(page, experience);
        }

        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Skill 10: Public speaking" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Plan steps" }).GetByRole(AriaRole.Link).First).ToContainTextAsync("Done");
        await session.CheckPageAsync("Step 1, filled");

        // A mistake on the way: a new skill without a level is refused, and nothing typed is lost.
        var newSkill = NewSkill(page);
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
        await DescribeAmbitionAsync(page);
        foreach (var goal in Amara.Goals)
        {
            await AddGoalAsync(page, goal);
        }

        var byHorizon = page.GetByRole(AriaRole.Region, new() { Name = "Your goals by horizon" });
        await Expect(byHorizon.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToHaveTextAsync(["1 year", "3 years", "5 years"]);
        await session.CheckPageAsync("Step 2, filled");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue →" }).ClickAsync();

        // Step 3
        await Expect(page).ToHaveURLAsync(StepUrl("gap-analysis"));
        await session.CheckPageAsync("Step 3, empty");
        await DescribeTargetRoleAsync(page);
        foreach (var requirement in Amara.Requirements)
        {
            await AddRequirementAsync(page, requirement);
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
}
