using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;

namespace CareerPlanner.Tests.Pages.Plans.Details;

/// <summary>The plan's overview: the whole plan as a document.</summary>
public sealed class PlanOverviewTests : IDisposable
{
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task PlanOverview_RendersTheMarkdownPeopleTyped_Safely()
    {
        using var client = await _app.RegisteredClientAsync();
        var id = await client.CreatePlanAsync("Rendered");
        await new SelfAssessmentPage(client, id).SaveAsync(new FormValues
        {
            { SelfAssessmentPage.Strengths, "Explains complex problems **simply** <script>alert(1)</script> [x](javascript:alert(1))" },
            SelfAssessmentPage.Skill(0, name: "Writing", level: "4"),
        });

        var overview = await client.GetAsync(PlanOverviewPage.Url(id));

        var section = overview.Document.QuerySelector(PlanOverviewPage.Section(1))!;
        Assert.Equal("simply", section.QuerySelector("strong")!.TextContent);
        Assert.Empty(overview.Document.QuerySelectorAll("main script"));
        Assert.DoesNotContain(overview.Document.QuerySelectorAll("main a"), a => (a.GetAttribute("href") ?? "").StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("4 – Proficient", section.QuerySelector("table")!.TextContent);
    }

    [Fact]
    public async Task PlanHome_ShowsTheStepIndicatorWithAllFiveSteps()
    {
        using var client = await _app.RegisteredClientAsync();
        var id = await client.CreatePlanAsync("Stepper");

        var home = await client.GetAsync(PlanOverviewPage.Url(id));

        var steps = home.Document.QuerySelectorAll(StepPage.StepNames).Select(s => s.TextContent.Trim());
        Assert.Equal(["Self-assessment", "Goals", "Gap analysis", "Action plan", "Progress review"], steps);
        Assert.All(home.Document.QuerySelectorAll(StepPage.StepStates), s => Assert.StartsWith("Not started", s.TextContent.Trim()));
    }
}
