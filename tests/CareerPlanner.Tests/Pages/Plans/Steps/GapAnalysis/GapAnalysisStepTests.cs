using System.Net;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;
using static CareerPlanner.Tests.PageObjects.GapAnalysisPage;
using static CareerPlanner.Tests.PageObjects.StepPage;

namespace CareerPlanner.Tests.Pages.Plans.Steps.GapAnalysis;

/// <summary>Step 3 through its real form.</summary>
public sealed class GapAnalysisStepTests : IDisposable
{
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task GapAnalysis_CurrentLevelComesFromStepOne_ReadinessAndOrderAreShown()
    {
        using var client = await _app.RegisteredClientAsync();
        var id = await client.CreatePlanAsync("Gaps");
        await new SelfAssessmentPage(client, id).AddSkillAsync(0, "Stakeholder management", "2");
        var step = new GapAnalysisPage(client, id);

        var saved = await step.SaveAsync(new FormValues
        {
            { TargetRoleTitle, "Product Manager, B2B SaaS" },
            { TargetRoleDescription, "3+ years in product or adjacent roles" },
            Requirement(0, kind: "Skill", name: "stakeholder management", requiredLevel: "4", currentLevel: "", closedBy: "Experience", priority: "Medium"),
        });
        var page = await client.FollowAsync(saved);
        saved = await client.SubmitAsync(page.Form(),
            Requirement(1, kind: "Certification", name: "Product management certificate", requiredLevel: "3", currentLevel: "3", closedBy: "Certification", priority: "Low"),
            button: Save);
        page = await client.FollowAsync(saved);

        Assert.Equal("Product Manager, B2B SaaS", page.Value(TargetRoleTitle));
        Assert.Equal("3+ years in product or adjacent roles", page.Value(TargetRoleDescription));
        Assert.Contains("From your self-assessment: 2 – Advanced beginner", page.Text);
        // (2 × 2/4 + 1 × 3/3) / (2 + 1) = 66.6 → 66 %
        Assert.Equal("66 %", Readiness(page));
        Assert.Equal(["stakeholder management", "Product management certificate"], GapNames(page));
        Assert.Contains("(from self-assessment)", page.Document.QuerySelector(GapRows)!.TextContent);
        var chart = Chart(page);
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.Contains("stakeholder management: current 2, required 4, gap 2", chart.QuerySelector("desc")!.TextContent);
        Assert.Equal(2, chart.QuerySelectorAll("rect.bar-current").Length - 1); // one per requirement, plus the legend's swatch
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    public async Task GapAnalysis_ARequiredLevelOutsideOneToFive_IsRefused(string level)
    {
        using var client = await _app.RegisteredClientAsync();
        var step = new GapAnalysisPage(client, await client.CreatePlanAsync("Bad level"));

        var page = await step.SaveAsync(Requirement(0, kind: "Skill", name: "Roadmapping", requiredLevel: level, closedBy: "Training", priority: "High"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Required level must be between 1 (Novice) and 5 (Expert).", page.FieldError(RequirementField(0, "RequiredLevel")));
        Assert.Equal("Roadmapping", page.Value(RequirementField(0, "Name")));
    }
}
