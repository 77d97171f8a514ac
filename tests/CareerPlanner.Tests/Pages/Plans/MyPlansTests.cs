using System.Net;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;

namespace CareerPlanner.Tests.Pages.Plans;

/// <summary>"My plans": a card per plan with where it stands, and the example plan for a first look.</summary>
public sealed class MyPlansTests : IDisposable
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(AppFactory.Today.UtcDateTime);
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task APersonCanHoldSeveralPlans_MostRecentlyUpdatedFirst()
    {
        using var client = await _app.RegisteredClientAsync();
        await client.CreatePlanAsync("Stay and grow");
        _app.Clock.Advance(TimeSpan.FromMinutes(5));
        await client.CreatePlanAsync("Switch to UX");

        var list = await client.GetAsync(MyPlansPage.Url);
        Assert.Equal(["Switch to UX", "Stay and grow"], MyPlansPage.Titles(list));
    }

    [Fact]
    public async Task MyPlans_ShowsReadinessActionsNextDeadlineAndOverdue()
    {
        var (client, id) = await _app.OwnerWithGoalAndGapAsync();
        using var _ = client;
        var page = await new ActionPlanPage(client, id).OpenAsync();
        var values = ActionPlanPage.GoodAction(page, 0);
        values[ActionPlanPage.ActionField(0, "Start")] = ActionPlanPage.Iso(Today.AddDays(1));
        values[ActionPlanPage.ActionField(0, "Deadline")] = ActionPlanPage.Iso(Today.AddDays(10));
        await client.SubmitAsync(page.Form(), values, button: StepPage.Save);

        var list = await client.GetAsync(MyPlansPage.Url);
        var card = list.Document.QuerySelector(MyPlansPage.CardDetails)!.TextContent;
        Assert.Contains("Readiness25 %", Squash(card));
        Assert.Contains("Actions done0 of 1", Squash(card));
        Assert.Contains($"Next deadline{Today.AddDays(10):d MMM yyyy}", Squash(card));
        Assert.Contains("Overduenone", Squash(card));

        _app.Clock.Advance(TimeSpan.FromDays(11));
        list = await client.GetAsync(MyPlansPage.Url);
        Assert.Contains("Overdue1 action", Squash(list.Document.QuerySelector(MyPlansPage.CardDetails)!.TextContent));
    }

    [Fact]
    public async Task ExamplePlan_FillsEveryStep_WithTwoReviewsAndAMilestone()
    {
        using var client = await _app.RegisteredClientAsync();
        var empty = await client.GetAsync(MyPlansPage.Url);

        var created = await client.SubmitAsync(empty.Form(MyPlansPage.ExampleForm));
        var list = await client.FollowAsync(created);

        Assert.StartsWith("Example plan “Support engineer → product manager (example)” created.", list.StatusMessage);
        var id = await _app.QueryAsync(db => Task.FromResult(db.Plans.Single().Id));
        var overview = await client.GetAsync(PlanOverviewPage.Url(id));
        Assert.All(overview.Document.QuerySelectorAll(StepPage.StepStates), s => Assert.Equal("Done", s.TextContent.Trim()));
        Assert.Contains("Get better at prioritising", overview.Text);
        Assert.Contains("Course finished (86 %)", overview.Text);
        Assert.Contains("Performance review", overview.Text);
        Assert.Equal(2, await _app.QueryAsync(db => Task.FromResult(db.Reviews.Count())));
        foreach (var step in new[] { SelfAssessmentPage.Slug, GoalsPage.Slug, GapAnalysisPage.Slug, ActionPlanPage.Slug, ProgressReviewPage.Slug })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(StepPage.UrlOf(id, step))).Status);
        }
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) || c == ' ')).Replace("  ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Trim();
}
