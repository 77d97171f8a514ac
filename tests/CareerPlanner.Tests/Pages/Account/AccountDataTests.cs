using System.Net;
using System.Text.Json.Nodes;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Tests.Pages.Account;

/// <summary>A person's data is theirs: downloaded whole, or deleted whole, links, feeds and sessions with it.</summary>
public sealed class AccountDataTests : IDisposable
{
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task DownloadMyData_HasTheAccountAndEveryPlan()
    {
        var (owner, _) = await _app.OwnerWithExamplePlanAndMentorFeedbackAsync("mydata@example.com");
        using var __ = owner;
        await owner.CreatePlanAsync("Second plan");

        var json = JsonNode.Parse(await owner.DownloadAsync(AccountDataPage.Url))!;

        Assert.Equal("careerplanner.account", (string)json["schema"]!);
        Assert.Equal("mydata@example.com", (string)json["account"]!["email"]!);
        var plans = json["plans"]!.AsArray();
        Assert.Equal(2, plans.Count);
        Assert.Equal("Dana (Group PM)", (string)plans[0]!["shareLinks"]![0]!["label"]!);
        Assert.DoesNotContain("tokenHash", json.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("passwordHash", json.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task DeletingTheAccount_AsksForThePassword_RemovesEverything_AndKillsLinksFeedsAndSessions()
    {
        var (owner, id) = await _app.OwnerWithExamplePlanAndMentorFeedbackAsync("leaving@example.com");
        using var _ = owner;
        using var phone = _app.NewClient();
        await phone.LoginAsync("leaving@example.com");
        var feed = await CalendarPage.SubscribeAsync(owner, id);
        var link = await owner.ShareAsync(id, "Sam");

        var wrong = await owner.FillAsync(DeleteAccountPage.Url, new Dictionary<string, string> { [DeleteAccountPage.Password] = "not my password" });
        Assert.Equal("That is not your password. Nothing was deleted.", wrong.FieldError(DeleteAccountPage.Password));
        Assert.Equal(1, await _app.QueryAsync(db => db.Users.CountAsync()));

        var deleted = await owner.FillAsync(DeleteAccountPage.Url, new Dictionary<string, string> { [DeleteAccountPage.Password] = UserStories.Password });
        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);
        Assert.Contains("Your account and all its plans have been deleted.", (await owner.FollowAsync(deleted)).Text);

        Assert.Equal(0, await _app.QueryAsync(db => db.Users.CountAsync()));
        Assert.Equal(0, await _app.QueryAsync(db => db.Plans.CountAsync()));
        Assert.Equal(0, await _app.QueryAsync(db => db.Reviews.CountAsync()));
        Assert.Equal(0, await _app.QueryAsync(db => db.ShareLinks.CountAsync()));
        Assert.Equal(0, await _app.QueryAsync(db => db.MentorComments.CountAsync()));
        Assert.Equal(0, await _app.QueryAsync(db => db.MentorRatings.CountAsync()));
        Assert.Equal(0, await _app.QueryAsync(db => Task.FromResult(db.UserClaims.Count() + db.UserTokens.Count() + db.UserLogins.Count())));

        using var stranger = _app.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(link)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync(feed)).StatusCode);
        _app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync(MyPlansPage.Url)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await owner.GetAsync(MyPlansPage.Url)).Status);
    }
}
