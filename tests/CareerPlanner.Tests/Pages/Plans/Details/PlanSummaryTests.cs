using CareerPlanner.Tests.Infrastructure;

namespace CareerPlanner.Tests.Pages.Plans.Details;

/// <summary>The plan page opens with a summary: readiness, what is due, the next review, new comments, and one thing to do next.</summary>
public sealed class PlanSummaryTests : IDisposable
{
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ANewPlan_SaysToStartWithTheSelfAssessment()
    {
        using var owner = await _app.RegisteredClientAsync();
        var id = await owner.CreatePlanAsync("Fresh start");

        var summary = (await owner.GetAsync(PlanRoutes.Plan(id))).Document.QuerySelector(".plan-summary")!;

        Assert.Contains("not scored yet", summary.TextContent);
        var next = summary.QuerySelector("a.button")!;
        Assert.Equal(PlanRoutes.Step(id, PlanStep.SelfAssessment), next.GetAttribute("href"));
        Assert.StartsWith("Do this next: Describe your strengths", next.TextContent.Trim());
    }

    [Fact]
    public async Task TheExamplePlan_ShowsItsReadiness_TheActionsDueNext_AndANextStep()
    {
        var (owner, id) = await _app.OwnerWithExamplePlanAsync();
        using var _ = owner;
        var plan = await _app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Plans));
        var today = DateOnly.FromDateTime(AppFactory.Today.UtcDateTime);

        var summary = (await owner.GetAsync(PlanRoutes.Plan(id))).Document.QuerySelector(".plan-summary")!;

        Assert.Contains($"{GapReport.Of(plan).ReadinessPercent} %", summary.TextContent);
        var due = plan.Actions.Where(a => a.IsOpen && a.Deadline >= today).OrderBy(a => a.Deadline).Take(3).Select(a => a.Title).ToList();
        Assert.Equal(due, summary.QuerySelectorAll(".due-soon li").Select(li => li.TextContent.Split(" — ")[0].Trim()));
        Assert.Equal(PlanRoutes.Step(id, NextStep.For(plan, today).Step), summary.QuerySelector("a.button")!.GetAttribute("href"));
    }
}
