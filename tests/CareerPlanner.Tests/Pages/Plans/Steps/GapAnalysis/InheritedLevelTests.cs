using System.Net;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;

namespace CareerPlanner.Tests.Pages.Plans.Steps.GapAnalysis;

/// <summary>A requirement named like a step-1 skill shows that skill's level as its value, with no drop-down saying otherwise.</summary>
public sealed class InheritedLevelTests : IDisposable
{
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task AMatchedRequirement_ShowsTheInheritedLevel_AndTheStepOneNamesAreOffered()
    {
        using var owner = await _app.RegisteredClientAsync();
        var id = await owner.CreatePlanAsync("Levels");
        await new SelfAssessmentPage(owner, id).AddSkillAsync(0, "Stakeholder management", "2");
        var step = new GapAnalysisPage(owner, id);
        var saved = await step.SaveAsync(GapAnalysisPage.Requirement(0, kind: "Skill", name: "stakeholder management", requiredLevel: "4", closedBy: "Experience", priority: "High"));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);

        var page = await step.OpenAsync();
        var row = page.Document.QuerySelector($"[name='{GapAnalysisPage.RequirementField(0, "Name")}']")!.Closest("fieldset")!;

        Assert.Null(row.QuerySelector($"select[name='{GapAnalysisPage.RequirementField(0, "CurrentLevel")}']"));
        Assert.Equal("2 – Advanced beginner", row.QuerySelector(".inherited-level")!.TextContent.Trim());
        Assert.DoesNotContain("Not rated", row.TextContent);
        Assert.Equal(["Stakeholder management"], page.Document.QuerySelectorAll("datalist#step1-skills option").Select(o => o.GetAttribute("value")));
        Assert.Equal("step1-skills", page.Document.QuerySelector($"[name='{GapAnalysisPage.RequirementField(0, "Name")}']")!.GetAttribute("list"));
    }
}
