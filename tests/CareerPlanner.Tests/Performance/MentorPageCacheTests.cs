using System.Net;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;
using static CareerPlanner.Tests.Performance.PageCacheProbe;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPlanner.Tests.Performance;

/// <summary>
/// The mentor's link page is kept in memory too: a repeat view is still counted as an open, shows the
/// planner's edits and the mentor's own comment at once, and a revoked, expired or deleted plan's link is refused at once.
/// </summary>
public sealed class MentorPageCacheTests : IDisposable
{
    private readonly AppFactory _app = new() { KeepPages = true };

    public void Dispose() => _app.Dispose();

    private Task<int> TimesOpenedAsync(string label) =>
        _app.QueryAsync(async db =>
        {
            await _app.Services.GetRequiredService<LinkOpens>().FlushAsync();
            return await db.ShareLinks.Where(l => l.Label == label).Select(l => l.TimesOpened).SingleAsync();
        });

    [Fact]
    public async Task AMentorsRepeatView_IsServedFromMemory_StillCounted_AndShowsThePlannersEditsAtOnce()
    {
        using var owner = await _app.RegisteredClientAsync();
        var id = await owner.CreateExamplePlanAsync();
        var link = await owner.ShareAsync(id, "Dana");
        using var mentor = _app.NewClient();
        var title = Title(await mentor.GetAsync(link));
        Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync(link)).Status);

        await _app.ChangeTitleBehindTheAppAsync(id, "Changed behind the app");
        Assert.Equal(title, Title(await mentor.GetAsync(link)));
        Assert.Equal(3, await TimesOpenedAsync("Dana"));

        var rename = await owner.GetAsync(RenamePlanPage.Url(id));
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SubmitAsync(rename.Form(RenamePlanPage.Form), new Dictionary<string, string> { [RenamePlanPage.Title] = "Renamed by the planner" })).Status);
        Assert.Equal("Renamed by the planner", Title(await mentor.GetAsync(link)));
    }

    [Fact]
    public async Task AMentorsOwnComment_ShowsOnTheirNextView()
    {
        using var owner = await _app.RegisteredClientAsync();
        var id = await owner.CreateExamplePlanAsync();
        var link = await owner.ShareAsync(id, "Dana");
        using var mentor = _app.NewClient();
        await mentor.GetAsync(link);
        var page = await mentor.GetAsync(link);
        var sent = await mentor.SubmitAsync(page.Form(MentorPage.CommentForm), new Dictionary<string, string>
        {
            [MentorPage.AuthorName] = "Dana",
            [MentorPage.Body] = "The roadmap course is the right first step.",
        });
        var thanked = await mentor.FollowAsync(sent);
        Assert.StartsWith("Thank you", thanked.StatusMessage);
        Assert.Contains("The roadmap course is the right first step.", thanked.Text);

        // The thank-you was shown once; the page after it has the comment and no thank-you.
        var again = await mentor.GetAsync(link);
        Assert.Null(again.StatusMessage);
        Assert.Contains("The roadmap course is the right first step.", again.Text);
    }

    [Fact]
    public async Task ARevokedLink_AndAnExpiredOne_AreRefusedAtOnce_EvenAfterBeingCached()
    {
        using var owner = await _app.RegisteredClientAsync();
        var id = await owner.CreateExamplePlanAsync();
        var revoked = await owner.ShareAsync(id, "Dana");
        var expiring = await owner.ShareAsync(id, "Sam", expiry: "Days7");
        using var mentor = _app.NewClient();
        foreach (var link in new[] { revoked, expiring, revoked, expiring })
        {
            Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync(link)).Status);
        }

        var share = await owner.GetAsync(SharePage.Url(id));
        var revokeDana = SharePage.RevokeFormFor(share, "Dana");
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SubmitAsync(revokeDana)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await mentor.GetAsync(revoked)).Status);
        Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync(expiring)).Status);

        _app.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.NotFound, (await mentor.GetAsync(expiring)).Status);
    }

    [Fact]
    public async Task DeletingThePlan_EndsItsMentorLinksCachedCopies()
    {
        using var owner = await _app.RegisteredClientAsync();
        var id = await owner.CreateExamplePlanAsync();
        var link = await owner.ShareAsync(id, "Dana");
        using var mentor = _app.NewClient();
        await mentor.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync(link)).Status);

        var delete = await owner.GetAsync(DeletePlanPage.Url(id));
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SubmitAsync(delete.Form(DeletePlanPage.Form))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await mentor.GetAsync(link)).Status);
    }
}
