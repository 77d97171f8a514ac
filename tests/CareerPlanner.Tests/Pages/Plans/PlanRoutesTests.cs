using System.Net;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;

namespace CareerPlanner.Tests.Pages.Plans;

/// <summary>Every URL the route table builds reaches its page: a page that moved without the table would fail here.</summary>
public sealed class PlanRoutesTests : IDisposable
{
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task EveryOwnerUrl_OpensItsPage()
    {
        var (owner, id) = await _app.OwnerWithExamplePlanAsync();
        using var _ = owner;
        string[] urls =
        [
            PlanRoutes.MyPlans, PlanRoutes.NewPlan, PlanRoutes.ImportPlan, PlanRoutes.Plan(id), PlanRoutes.Rename(id), PlanRoutes.Delete(id),
            PlanRoutes.Share(id), PlanRoutes.Calendar(id), PlanRoutes.Export(id, "json"), PlanRoutes.Export(id, "markdown"),
            .. Enum.GetValues<PlanStep>().Select(step => PlanRoutes.Step(id, step)),
        ];

        foreach (var url in urls)
        {
            var page = await owner.GetAsync(url);
            Assert.True(page.Status == HttpStatusCode.OK, $"{url} answered {(int)page.Status}");
        }

        Assert.Equal(PlanRoutes.Plan(id), new Uri(new Uri("http://localhost"), PlanRoutes.PlanFeedback(id, PlanStep.Goals)).AbsolutePath);
    }

    [Fact]
    public async Task TheCapabilityUrls_OpenTheMentorPageAndTheFeed()
    {
        var (owner, id) = await _app.OwnerWithExamplePlanAsync();
        using var _ = owner;
        var link = await owner.ShareAsync(id);
        using var mentor = _app.NewClient();

        Assert.Equal(link, PlanRoutes.Mentor(link.Split('/')[^1]));
        Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync(link)).Status);

        var feed = await CalendarPage.SubscribeAsync(owner, id);
        var feedToken = CalendarPage.TokenOf(feed);
        Assert.Equal(PlanRoutes.CalendarFeed(feedToken), feed);
        Assert.Equal(HttpStatusCode.OK, (await mentor.Http.GetAsync(feed)).StatusCode);
    }
}
