using System.Net;
using AngleSharp.Html.Dom;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;

namespace CareerPlanner.Tests.Pages.Plans.Steps;

/// <summary>What every wizard step does alike: moving on and back, refusing stale forms, and existing only for the plan's owner.</summary>
public sealed class StepPageTests : IDisposable
{
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Next_SavesAndGoesOn_Back_SavesAndGoesBack_AndThePlanResumesThere()
    {
        using var client = await _app.RegisteredClientAsync();
        var id = await client.CreatePlanAsync("Moving");
        var selfAssessment = new SelfAssessmentPage(client, id);
        var goals = new GoalsPage(client, id);

        var next = await selfAssessment.SaveAsync(new FormValues { { SelfAssessmentPage.Strengths, "Patterns in tickets" } }, StepPage.SaveAndContinue);
        Assert.Equal(goals.Url, next.Location);
        var back = await goals.SaveAsync(new FormValues { { GoalsPage.DreamJob, "PM" } }, StepPage.Back);
        Assert.Equal(selfAssessment.Url, back.Location);

        var plans = await client.GetAsync(MyPlansPage.Url);
        Assert.Equal(selfAssessment.Url, plans.Document.QuerySelector(MyPlansPage.ResumeLink)!.GetAttribute("href"));
        var goalsPage = await goals.OpenAsync();
        Assert.Equal("PM", goalsPage.Value(GoalsPage.DreamJob));
        await goals.SaveAsync(new FormValues());
        plans = await client.GetAsync(MyPlansPage.Url);
        Assert.Equal(goals.Url, plans.Document.QuerySelector(MyPlansPage.ResumeLink)!.GetAttribute("href"));
    }

    [Theory]
    [InlineData(SelfAssessmentPage.Slug, SelfAssessmentPage.Strengths)]
    [InlineData(GoalsPage.Slug, GoalsPage.DreamJob)]
    [InlineData(GapAnalysisPage.Slug, GapAnalysisPage.TargetRoleTitle)]
    public async Task AStaleForm_IsRefused_WithTheInputKept_AndASecondSaveWins(string step, string field)
    {
        using var client = await _app.RegisteredClientAsync();
        var id = await client.CreatePlanAsync("Two tabs");
        var tabOne = await client.GetAsync(StepPage.UrlOf(id, step));
        var tabTwo = await client.GetAsync(StepPage.UrlOf(id, step));

        await client.SubmitAsync(tabOne.Form(), new Dictionary<string, string> { [field] = "from tab one" }, button: StepPage.Save);
        var refused = await client.SubmitAsync(tabTwo.Form(), new Dictionary<string, string> { [field] = "from tab two" }, button: StepPage.Save);

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains(PlanPageModel.StaleMessage, refused.SummaryErrors);
        Assert.Equal("from tab two", refused.Value(field));
        var again = await client.SubmitAsync(refused.Form(), button: StepPage.Save);
        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        Assert.Equal("from tab two", (await client.FollowAsync(again)).Value(field));
    }

    [Theory]
    [InlineData(SelfAssessmentPage.Slug)]
    [InlineData(GoalsPage.Slug)]
    [InlineData(GapAnalysisPage.Slug)]
    public async Task AnotherUser_Gets404OnEveryStep_GetAndPost(string step)
    {
        using var owner = await _app.RegisteredClientAsync();
        var id = await owner.CreatePlanAsync("Private");
        await owner.FillAsync(StepPage.UrlOf(id, step), new Dictionary<string, string>(), button: StepPage.Save);
        using var other = await _app.RegisteredClientAsync();
        var otherId = await other.CreatePlanAsync("Other");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(StepPage.UrlOf(id, step))).Status);
        var ownForm = await other.GetAsync(StepPage.UrlOf(otherId, step));
        var fields = ownForm.Form().Elements.OfType<IHtmlInputElement>()
            .Where(i => i.Name is { Length: > 0 } && i.Type == "hidden")
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
        fields.Add(new(StepPage.Command, "save"));
        var post = await other.PostAsync(StepPage.UrlOf(id, step), fields);
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
        var version = await _app.QueryAsync(db => Task.FromResult(db.Plans.Single(p => p.Id == id).Version));
        Assert.Equal(3, version); // created (1), then the owner's one save (2 changes: content + resume point)
    }

    [Theory]
    [InlineData(ActionPlanPage.Slug, "")]
    [InlineData(ProgressReviewPage.Slug, "?handler=Review")]
    [InlineData(ProgressReviewPage.Slug, "?handler=Milestone")]
    public async Task AnotherUser_Gets404(string step, string handler)
    {
        var (owner, id) = await _app.OwnerWithGoalAndGapAsync();
        using var _ = owner;
        using var other = await _app.RegisteredClientAsync();
        var otherId = await other.CreatePlanAsync("Other");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(StepPage.UrlOf(id, step))).Status);
        var ownPage = await other.GetAsync(StepPage.UrlOf(otherId, step));
        var post = await other.PostAsync(StepPage.UrlOf(id, step) + handler,
            [new(HtmlPage.AntiforgeryField, ownPage.AntiforgeryToken), new(StepPage.Version, "1"), new(StepPage.Command, "save")]);
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
    }
}
