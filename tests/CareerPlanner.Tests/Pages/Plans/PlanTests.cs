using System.Net;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;

namespace CareerPlanner.Tests.Pages.Plans;

/// <summary>A plan's life: created, renamed, deleted.</summary>
public sealed class PlanTests : IDisposable
{
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task CreatePlan_OpensItsFirstStep_AndListsIt()
    {
        using var client = await _app.RegisteredClientAsync();
        var created = await client.FillAsync(NewPlanPage.Url, new Dictionary<string, string> { [NewPlanPage.Title] = "  Stay and grow  " });

        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        Assert.Matches("^/plans/[0-9]+/self-assessment$", created.Location);
        var list = await client.GetAsync(MyPlansPage.Url);
        Assert.Equal("Stay and grow", list.Document.QuerySelector(MyPlansPage.CardTitles)!.TextContent.Trim());
    }

    [Theory]
    [InlineData("", "Give the plan a title.")]
    [InlineData("   ", "Give the plan a title.")]
    public async Task CreatePlan_WithoutATitle_ShowsAMessage(string title, string message)
    {
        using var client = await _app.RegisteredClientAsync();
        var page = await client.FillAsync(NewPlanPage.Url, new Dictionary<string, string> { [NewPlanPage.Title] = title });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(message, page.FieldError(NewPlanPage.Title));
        Assert.Contains(message, page.SummaryErrors);
        Assert.Equal(0, await _app.QueryAsync(db => Task.FromResult(db.Plans.Count())));
    }

    [Fact]
    public async Task CreatePlan_WithATooLongTitle_ShowsAMessage_AndKeepsWhatWasTyped()
    {
        using var client = await _app.RegisteredClientAsync();
        var title = new string('x', 121);
        var page = await client.FillAsync(NewPlanPage.Url, new Dictionary<string, string> { [NewPlanPage.Title] = title });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("A title has at most 120 characters.", page.FieldError(NewPlanPage.Title));
        Assert.Equal(title, page.Value(NewPlanPage.Title));
    }

    [Fact]
    public async Task RenamePlan_ShowsTheNewTitle()
    {
        using var client = await _app.RegisteredClientAsync();
        var id = await client.CreatePlanAsync("Draft");

        var form = await client.GetAsync(RenamePlanPage.Url(id));
        Assert.Equal("Draft", form.Value(RenamePlanPage.Title));
        var renamed = await client.SubmitAsync(form.Form(), new Dictionary<string, string> { [RenamePlanPage.Title] = "Support → PM" });

        Assert.Equal("/plans", renamed.Location);
        var list = await client.FollowAsync(renamed);
        Assert.Equal("Plan renamed to “Support → PM”.", list.StatusMessage);
        Assert.Equal("Support → PM", list.Document.QuerySelector(MyPlansPage.CardTitles)!.TextContent.Trim());
    }

    [Fact]
    public async Task RenamePlan_WithAnEmptyTitle_ShowsAMessage_AndKeepsTheOldTitleSaved()
    {
        using var client = await _app.RegisteredClientAsync();
        var id = await client.CreatePlanAsync("Draft");

        var page = await client.FillAsync(RenamePlanPage.Url(id), new Dictionary<string, string> { [RenamePlanPage.Title] = "" });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Give the plan a title.", page.FieldError(NewPlanPage.Title));
        Assert.Contains("Draft", page.Text);
        Assert.Equal("Draft", await _app.QueryAsync(db => Task.FromResult(db.Plans.Single().Title)));
    }

    [Fact]
    public async Task RenamePlan_FromAStaleForm_IsRefused_AndKeepsTheInput()
    {
        using var client = await _app.RegisteredClientAsync();
        var id = await client.CreatePlanAsync("Draft");
        var tabOne = await client.GetAsync(RenamePlanPage.Url(id));
        var tabTwo = await client.GetAsync(RenamePlanPage.Url(id));

        var first = await client.SubmitAsync(tabOne.Form(), new Dictionary<string, string> { [RenamePlanPage.Title] = "From tab one" });
        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        var second = await client.SubmitAsync(tabTwo.Form(), new Dictionary<string, string> { [RenamePlanPage.Title] = "From tab two" });

        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Contains(PlanPageModel.StaleMessage, second.SummaryErrors);
        Assert.Equal("From tab two", second.Value(RenamePlanPage.Title));
        Assert.Equal("From tab one", await _app.QueryAsync(db => Task.FromResult(db.Plans.Single().Title)));
    }

    [Fact]
    public async Task DeletePlan_AsksToConfirm_ThenRemovesIt()
    {
        using var client = await _app.RegisteredClientAsync();
        var id = await client.CreatePlanAsync("Short-lived");

        var confirm = await client.GetAsync(DeletePlanPage.Url(id));
        Assert.Equal(HttpStatusCode.OK, confirm.Status);
        Assert.Equal("Delete “Short-lived”?", confirm.Document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(1, await _app.QueryAsync(db => Task.FromResult(db.Plans.Count())));

        var deleted = await client.SubmitAsync(confirm.Form(), button: DeletePlanPage.Button);
        var list = await client.FollowAsync(deleted);

        Assert.Equal("Plan “Short-lived” deleted.", list.StatusMessage);
        Assert.Contains("You have no plans yet", list.Text);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(PlanOverviewPage.Url(id))).Status);
        Assert.Equal(0, await _app.QueryAsync(db => Task.FromResult(db.Plans.Count())));
    }

    [Fact]
    public async Task UnknownPlan_Is404()
    {
        using var client = await _app.RegisteredClientAsync();
        var page = await client.GetAsync("/plans/99999");
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("Page not found", page.Text);
    }
}
