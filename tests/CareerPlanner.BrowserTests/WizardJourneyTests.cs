using CareerPlanner.BrowserTests.Infrastructure;
using CareerPlanner.BrowserTests.PageObjects;
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
        var selfAssessment = new SelfAssessmentPage(page);
        var goals = new GoalsPage(page);
        var gapAnalysis = new GapAnalysisPage(page);
        var overview = new PlanOverviewPage(page);
        await RegisterAsync(page, "amara");
        await CreatePlanAsync(page, Amara.PlanTitle);

        // Step 1
        await Expect(page).ToHaveURLAsync(StepUrl(SelfAssessmentPage.Slug));
        await Expect(selfAssessment.Heading).ToContainTextAsync("Self-assessment");
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

        await Expect(selfAssessment.SavedSkill(10, "Public speaking")).ToBeVisibleAsync();
        await Expect(selfAssessment.StepLinks.First).ToContainTextAsync("Done");
        await session.CheckPageAsync("Step 1, filled");

        // A mistake on the way: a new skill without a level is refused, and nothing typed is lost.
        var newSkill = selfAssessment.NewSkill;
        await SelfAssessmentPage.SkillName(newSkill).FillAsync("Negotiation");
        await selfAssessment.StrugglesWith.FillAsync(Amara.StrugglesWith + " Still working on it.");
        await selfAssessment.SaveButton().ClickAsync();
        await Expect(selfAssessment.Alert).ToContainTextAsync("Choose a level from 1 (Novice) to 5 (Expert).");
        await Expect(SelfAssessmentPage.Level(newSkill)).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(SelfAssessmentPage.SkillName(newSkill)).ToHaveValueAsync("Negotiation");
        await Expect(selfAssessment.StrugglesWith).ToHaveValueAsync(Amara.StrugglesWith + " Still working on it.");
        await session.CheckPageAsync("Step 1, a skill without a level");
        await SelfAssessmentPage.Level(newSkill).SelectOptionAsync(new SelectOptionValue { Label = "2 – Advanced beginner" });
        await selfAssessment.SaveAndContinueButton.ClickAsync();

        // Step 2
        await Expect(page).ToHaveURLAsync(StepUrl(GoalsPage.Slug));
        await session.CheckPageAsync("Step 2, empty");
        await DescribeAmbitionAsync(page);
        foreach (var goal in Amara.Goals)
        {
            await AddGoalAsync(page, goal);
        }

        await Expect(goals.HorizonHeadings).ToHaveTextAsync(["1 year", "3 years", "5 years"]);
        await session.CheckPageAsync("Step 2, filled");
        await goals.SaveAndContinueButton.ClickAsync();

        // Step 3
        await Expect(page).ToHaveURLAsync(StepUrl(GapAnalysisPage.Slug));
        await session.CheckPageAsync("Step 3, empty");
        await DescribeTargetRoleAsync(page);
        foreach (var requirement in Amara.Requirements)
        {
            await AddRequirementAsync(page, requirement);
        }

        // Five of her step-1 skills match requirements by name; the certificate is unrated (counts 0).
        await Expect(gapAnalysis.Readiness).ToHaveTextAsync("46 %");
        await Expect(gapAnalysis.SavedRequirement(1, "Roadmapping")).ToContainTextAsync("From your self-assessment: 1 – Novice");
        var chart = gapAnalysis.Chart;
        await Expect(chart).ToBeVisibleAsync();
        await chart.ScreenshotAsync(new() { Path = Path.Combine(BrowserSettings.ScreenshotsFolder, "amara-gap-chart.png") });
        var firstGap = gapAnalysis.GapRows.Nth(1);
        await Expect(firstGap).ToContainTextAsync("Roadmapping");
        await session.CheckPageAsync("Step 3, filled");

        // The plan as a document.
        await gapAnalysis.PlanLink(Amara.PlanTitle).ClickAsync();
        await Expect(overview.TitleOf(Amara.PlanTitle)).ToBeVisibleAsync();
        await Expect(PlanOverviewPage.Strong(overview.Section("1. Self-assessment")).First).ToHaveTextAsync("simply");
        await Expect(AppPage.Text(overview.Section("3. Gap analysis"), "46 %")).ToBeVisibleAsync();
        await Expect(overview.Summary).ToContainTextAsync("46 %");
        await session.CheckPageAsync("Plan overview after step 3");
    }
}
