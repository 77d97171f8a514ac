using System.Net;
using CareerPlanner.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPlanner.Tests.Performance;

/// <summary>
/// The plan overview is kept in memory once rendered. These tests prove it is really reused, and that
/// no change, no other person, no other browser and no new day can ever be served an old or a foreign copy.
/// </summary>
public sealed class PageCacheTests : IDisposable
{
    private readonly AppFactory _app = new() { KeepPages = true };

    public void Dispose() => _app.Dispose();

    private HtmlClient Browser()
    {
        var http = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        return new HtmlClient(http);
    }

    /// <summary>A person with the example plan (every step filled, reviews, a milestone); returns the plan's id.</summary>
    private async Task<int> ExamplePlanAsync(HtmlClient client)
    {
        var empty = await client.GetAsync("/plans");
        var created = await client.SubmitAsync(empty.Form("form[action*='handler=Demo']"));
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        await client.FollowAsync(created);
        var ids = await _app.QueryAsync(db => db.Plans.Select(p => p.Id).ToListAsync());
        return ids.Max();
    }

    /// <summary>Changes the title in the database behind the app's back, so a page still showing the old one can only come from the cache.</summary>
    private async Task ChangeTitleBehindTheAppAsync(int planId, string title) =>
        Assert.Equal(1, await _app.QueryAsync(db => db.Plans.Where(p => p.Id == planId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Title, title))));

    private static string Title(HtmlPage page) => page.Document.QuerySelector("h1")!.TextContent.Trim();

    [Fact]
    public async Task ARepeatView_IsServedFromMemory_AndAnEditShowsAtOnce()
    {
        using var owner = await _app.RegisteredClientAsync();
        var id = await ExamplePlanAsync(owner);
        var first = await owner.GetAsync($"/plans/{id}");
        Assert.Equal(HttpStatusCode.OK, first.Status);
        var title = Title(first);

        await ChangeTitleBehindTheAppAsync(id, "Changed behind the app");
        Assert.Equal(title, Title(await owner.GetAsync($"/plans/{id}")));

        // Any edit through the app moves the plan's version on: the next view is rendered afresh.
        var edit = await owner.GetAsync($"/plans/{id}/self-assessment");
        var saved = await owner.SubmitAsync(edit.Form(), new Dictionary<string, string> { ["Input.Strengths"] = "Calm in a crisis; explains tech to non-tech people." }, button: "Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var after = await owner.GetAsync($"/plans/{id}");
        Assert.Equal("Changed behind the app", Title(after));
        Assert.Contains("Calm in a crisis; explains tech to non-tech people.", after.Text);
    }

    [Fact]
    public async Task CheckIns_MentorCommentsRatingsAndResolvingAComment_EachShowOnTheNextView()
    {
        using var owner = await _app.RegisteredClientAsync();
        var id = await ExamplePlanAsync(owner);
        var overview = await owner.GetAsync($"/plans/{id}");
        var reviewsBefore = ReviewCount(overview);

        // A mentor link, a comment and a rating through it.
        var share = await owner.GetAsync($"/plans/{id}/share");
        var created = await owner.SubmitAsync(share.Form("main form:not([action*='handler'])"), new Dictionary<string, string> { ["Input.Label"] = "Dana", ["Input.Expiry"] = "Days30" });
        var shown = await owner.FollowAsync(created);
        var link = new Uri(((AngleSharp.Html.Dom.IHtmlInputElement)shown.Document.QuerySelector("#new-link-url")!).Value).AbsolutePath;
        Assert.DoesNotContain("Ask for a deadline", (await owner.GetAsync($"/plans/{id}")).Text);

        using var mentor = Browser();
        var mentorPage = await mentor.GetAsync(link);
        var sent = await mentor.SubmitAsync(mentorPage.Form("form[action*='handler=Comment']"), new Dictionary<string, string>
        {
            ["Comment.AuthorName"] = "Dana",
            ["Comment.Body"] = "Ask for a deadline on the roadmap course.",
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        overview = await owner.GetAsync($"/plans/{id}");
        Assert.Contains("Ask for a deadline on the roadmap course.", overview.Text);
        Assert.Contains("New", overview.Document.QuerySelector(".comment")!.TextContent);

        // The "new" mark is shown once: the next view, rendered after the read receipt, has none.
        overview = await owner.GetAsync($"/plans/{id}");
        Assert.DoesNotContain("New", overview.Document.QuerySelector(".comment")!.TextContent);

        var resolved = await owner.SubmitAsync(overview.Form("form[action*='handler=Resolve']"));
        Assert.Equal(HttpStatusCode.Redirect, resolved.Status);
        overview = await owner.GetAsync($"/plans/{id}");
        Assert.Contains("Resolved", overview.Document.QuerySelector(".comment")!.TextContent);

        mentorPage = await mentor.GetAsync(link);
        var ratingsForm = mentorPage.Form("form[action*='handler=Ratings']");
        var firstRating = ratingsForm.QuerySelector("select[name$='.Level']")!.GetAttribute("name")!;
        var rated = await mentor.SubmitAsync(ratingsForm, new Dictionary<string, string> { [firstRating] = "5" });
        Assert.Equal(HttpStatusCode.Redirect, rated.Status);
        var ratedOverview = await owner.GetAsync($"/plans/{id}");
        Assert.NotEqual(overview.Text, ratedOverview.Text);
        Assert.Contains("Dana: 5", ratedOverview.Document.QuerySelector("#ratings")!.TextContent);

        // A check-in adds a review to the plan document (the example's latest is also dated today, so the count tells).
        var review = await owner.GetAsync($"/plans/{id}/progress-review");
        var checkedIn = await owner.SubmitAsync(review.Form("form[action*='handler=Review']"), new Dictionary<string, string>
        {
            ["Review.Reflection"] = "Shipped the first roadmap draft; stakeholders liked the trade-off table.",
        });
        Assert.Equal(HttpStatusCode.Redirect, checkedIn.Status);
        overview = await owner.GetAsync($"/plans/{id}");
        Assert.Equal(reviewsBefore + 1, ReviewCount(overview));
    }

    private static int ReviewCount(HtmlPage overview)
    {
        var match = System.Text.RegularExpressions.Regex.Match(overview.Text, @"(\d+) reviews?; the latest on");
        Assert.True(match.Success, "no review count on the overview");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task AnotherPerson_AndNobodySignedIn_NeverGetTheOwnersCopy()
    {
        using var owner = await _app.RegisteredClientAsync();
        var id = await ExamplePlanAsync(owner);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/plans/{id}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/plans/{id}")).Status);

        using var other = await _app.RegisteredClientAsync("someone.else@example.com");
        var refused = await other.GetAsync($"/plans/{id}");
        Assert.Equal(HttpStatusCode.NotFound, refused.Status);
        Assert.DoesNotContain("example", Title(refused), StringComparison.OrdinalIgnoreCase);

        using var anonymous = Browser();
        var login = await anonymous.GetAsync($"/plans/{id}");
        Assert.Equal(HttpStatusCode.Redirect, login.Status);
        Assert.StartsWith("/account/login", new Uri(new Uri("http://localhost"), login.Location!).AbsolutePath);
    }

    [Fact]
    public async Task OnASharedComputer_TheNextPersonNeverGetsTheFormerOnesCopy()
    {
        using var first = await _app.RegisteredClientAsync("first.person@example.com");
        using var second = await _app.RegisteredClientAsync("second.person@example.com");
        second.Dispose();
        var id = await ExamplePlanAsync(first);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync($"/plans/{id}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync($"/plans/{id}")).Status);

        // Same browser (same antiforgery cookie), another person signed in.
        await first.LogoutAsync();
        await first.LoginAsync("second.person@example.com");
        Assert.Equal(HttpStatusCode.NotFound, (await first.GetAsync($"/plans/{id}")).Status);
    }

    [Fact]
    public async Task ASecondBrowserOfTheSamePerson_GetsFormsThatWorkInIt()
    {
        using var laptop = await _app.RegisteredClientAsync("two.browsers@example.com");
        var id = await ExamplePlanAsync(laptop);
        await laptop.GetAsync($"/plans/{id}");
        await laptop.GetAsync($"/plans/{id}");

        using var phone = Browser();
        var signedIn = await phone.LoginAsync("two.browsers@example.com");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        var page = await phone.GetAsync($"/plans/{id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);

        // The page's forms carry tokens made for this browser: signing out from it works (a copy made for the laptop would give 400).
        var signedOut = await phone.SubmitAsync(page.Form("form[action^='/account/logout']"));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.Status);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync($"/plans/{id}")).Status);
    }

    [Fact]
    public async Task TheNextDay_ThePageIsRenderedAgain()
    {
        // What is overdue and when the next review is due depend on the day: a copy lasts a day at most.
        using var owner = await _app.RegisteredClientAsync();
        var id = await ExamplePlanAsync(owner);
        var today = Title(await owner.GetAsync($"/plans/{id}"));
        await ChangeTitleBehindTheAppAsync(id, "Title read on a new day");
        _app.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(today, Title(await owner.GetAsync($"/plans/{id}")));

        _app.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal("Title read on a new day", Title(await owner.GetAsync($"/plans/{id}")));
    }

    [Fact]
    public async Task DeletingTheAccount_EndsEveryCachedCopy_EvenForItsOtherSessions()
    {
        using var laptop = await _app.RegisteredClientAsync("leaving@example.com");
        var id = await ExamplePlanAsync(laptop);
        using var phone = Browser();
        await phone.LoginAsync("leaving@example.com");
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync($"/plans/{id}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync($"/plans/{id}")).Status);

        var delete = await laptop.GetAsync("/account/delete");
        var deleted = await laptop.SubmitAsync(delete.Form("main form"), new Dictionary<string, string> { ["Password"] = UserStories.Password });
        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);

        // Within the minute before the phone's session is checked again, it must still not see the plan.
        var after = await phone.GetAsync($"/plans/{id}");
        Assert.NotEqual(HttpStatusCode.OK, after.Status);
    }

    private static async Task<string> ShareAsync(HtmlClient owner, int planId, string label, string expiry = "Days30")
    {
        var share = await owner.GetAsync($"/plans/{planId}/share");
        var created = await owner.SubmitAsync(share.Form("main form:not([action*='handler'])"), new Dictionary<string, string> { ["Input.Label"] = label, ["Input.Expiry"] = expiry });
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        var shown = await owner.FollowAsync(created);
        return new Uri(((AngleSharp.Html.Dom.IHtmlInputElement)shown.Document.QuerySelector("#new-link-url")!).Value).AbsolutePath;
    }

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
        var id = await ExamplePlanAsync(owner);
        var link = await ShareAsync(owner, id, "Dana");
        using var mentor = Browser();
        var title = Title(await mentor.GetAsync(link));
        Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync(link)).Status);

        await ChangeTitleBehindTheAppAsync(id, "Changed behind the app");
        Assert.Equal(title, Title(await mentor.GetAsync(link)));
        Assert.Equal(3, await TimesOpenedAsync("Dana"));

        var rename = await owner.GetAsync($"/plans/{id}/rename");
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SubmitAsync(rename.Form("main form"), new Dictionary<string, string> { ["Input.Title"] = "Renamed by the planner" })).Status);
        Assert.Equal("Renamed by the planner", Title(await mentor.GetAsync(link)));
    }

    [Fact]
    public async Task AMentorsOwnComment_ShowsOnTheirNextView()
    {
        using var owner = await _app.RegisteredClientAsync();
        var id = await ExamplePlanAsync(owner);
        var link = await ShareAsync(owner, id, "Dana");
        using var mentor = Browser();
        await mentor.GetAsync(link);
        var page = await mentor.GetAsync(link);
        var sent = await mentor.SubmitAsync(page.Form("form[action*='handler=Comment']"), new Dictionary<string, string>
        {
            ["Comment.AuthorName"] = "Dana",
            ["Comment.Body"] = "The roadmap course is the right first step.",
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
        var id = await ExamplePlanAsync(owner);
        var revoked = await ShareAsync(owner, id, "Dana");
        var expiring = await ShareAsync(owner, id, "Sam", expiry: "Days7");
        using var mentor = Browser();
        foreach (var link in new[] { revoked, expiring, revoked, expiring })
        {
            Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync(link)).Status);
        }

        var share = await owner.GetAsync($"/plans/{id}/share");
        var revokeDana = share.Document.QuerySelectorAll("form[action*='handler=Revoke']").OfType<AngleSharp.Html.Dom.IHtmlFormElement>()
            .Single(f => f.TextContent.Contains("Dana", StringComparison.Ordinal));
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
        var id = await ExamplePlanAsync(owner);
        var link = await ShareAsync(owner, id, "Dana");
        using var mentor = Browser();
        await mentor.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync(link)).Status);

        var delete = await owner.GetAsync($"/plans/{id}/delete");
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SubmitAsync(delete.Form("main form"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await mentor.GetAsync(link)).Status);
    }

    [Fact]
    public async Task AStepPage_IsKeptToo_AndShowsAMentorsNewCommentOnItAtOnce()
    {
        using var owner = await _app.RegisteredClientAsync();
        var id = await ExamplePlanAsync(owner);
        var step = $"/plans/{id}/gap-analysis";
        var before = await owner.GetAsync(step);
        await ChangeTitleBehindTheAppAsync(id, "Changed behind the app");
        Assert.DoesNotContain("Changed behind the app", (await owner.GetAsync(step)).Text);

        var link = await ShareAsync(owner, id, "Dana");
        using var mentor = Browser();
        var page = await mentor.GetAsync(link);
        var form = page.Form("form[action*='handler=Comment']");
        var sent = await mentor.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Comment.Step"] = "GapAnalysis",
            ["Comment.AuthorName"] = "Dana",
            ["Comment.Body"] = "Prioritisation is the gap to close first.",
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);

        var after = await owner.GetAsync(step);
        Assert.Contains("Prioritisation is the gap to close first.", after.Text);
        Assert.DoesNotContain("Prioritisation is the gap to close first.", before.Text);
    }

    [Fact]
    public async Task ABrowserThatAcceptsCompression_GetsItCompressed_AndOneThatDoesNot_NeverGetsThatCopy()
    {
        using var owner = await _app.RegisteredClientAsync();
        var id = await ExamplePlanAsync(owner);

        async Task<HttpResponseMessage> GetAsync(string? acceptEncoding)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/plans/{id}");
            if (acceptEncoding is not null)
            {
                request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
            }

            return await owner.Http.SendAsync(request);
        }

        for (var i = 0; i < 2; i++)
        {
            using var brotli = await GetAsync("gzip, deflate, br");
            Assert.Equal("br", Assert.Single(brotli.Content.Headers.ContentEncoding));
            var compressed = await brotli.Content.ReadAsByteArrayAsync();
            using var plain = await GetAsync(null);
            Assert.Empty(plain.Content.Headers.ContentEncoding);
            var html = await plain.Content.ReadAsStringAsync();
            Assert.Contains("<h1", html, StringComparison.Ordinal);
            Assert.True(compressed.Length * 3 < System.Text.Encoding.UTF8.GetByteCount(html), $"{compressed.Length} compressed bytes for {html.Length} characters");
        }
    }
}
