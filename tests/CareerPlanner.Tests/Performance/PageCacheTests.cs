using System.Net;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;
using static CareerPlanner.Tests.Performance.PageCacheProbe;

namespace CareerPlanner.Tests.Performance;

/// <summary>
/// The plan overview and the wizard steps are kept in memory once rendered. These tests prove a copy is really
/// reused, and that no change, no other person, no other browser and no new day can ever be served an old or a foreign copy.
/// </summary>
public sealed class PageCacheTests : IDisposable
{
    private readonly AppFactory _app = new() { KeepPages = true };

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ARepeatView_IsServedFromMemory_AndAnEditShowsAtOnce()
    {
        using var owner = await _app.RegisteredClientAsync();
        var id = await owner.CreateExamplePlanAsync();
        var first = await owner.GetAsync(PlanOverviewPage.Url(id));
        Assert.Equal(HttpStatusCode.OK, first.Status);
        var title = Title(first);

        await _app.ChangeTitleBehindTheAppAsync(id, "Changed behind the app");
        Assert.Equal(title, Title(await owner.GetAsync(PlanOverviewPage.Url(id))));

        // Any edit through the app moves the plan's version on: the next view is rendered afresh.
        var edit = await owner.GetAsync(StepPage.UrlOf(id, SelfAssessmentPage.Slug));
        var saved = await owner.SubmitAsync(edit.Form(), new Dictionary<string, string> { [SelfAssessmentPage.Strengths] = "Calm in a crisis; explains tech to non-tech people." }, button: StepPage.Save);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var after = await owner.GetAsync(PlanOverviewPage.Url(id));
        Assert.Equal("Changed behind the app", Title(after));
        Assert.Contains("Calm in a crisis; explains tech to non-tech people.", after.Text);
    }

    [Fact]
    public async Task CheckIns_MentorCommentsRatingsAndResolvingAComment_EachShowOnTheNextView()
    {
        using var owner = await _app.RegisteredClientAsync();
        var id = await owner.CreateExamplePlanAsync();
        var overview = await owner.GetAsync(PlanOverviewPage.Url(id));
        var reviewsBefore = PlanOverviewPage.ReviewCount(overview);

        // A mentor link, a comment and a rating through it.
        var link = await owner.ShareAsync(id, "Dana");
        Assert.DoesNotContain("Ask for a deadline", (await owner.GetAsync(PlanOverviewPage.Url(id))).Text);

        using var mentor = _app.NewClient();
        var mentorPage = await mentor.GetAsync(link);
        var sent = await mentor.SubmitAsync(mentorPage.Form(MentorPage.CommentForm), new Dictionary<string, string>
        {
            [MentorPage.AuthorName] = "Dana",
            [MentorPage.Body] = "Ask for a deadline on the roadmap course.",
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        overview = await owner.GetAsync(PlanOverviewPage.Url(id));
        Assert.Contains("Ask for a deadline on the roadmap course.", overview.Text);
        Assert.Contains("New", overview.Document.QuerySelector(PlanOverviewPage.Comment)!.TextContent);

        // The "new" mark is shown once: the next view, rendered after the read receipt, has none.
        overview = await owner.GetAsync(PlanOverviewPage.Url(id));
        Assert.DoesNotContain("New", overview.Document.QuerySelector(PlanOverviewPage.Comment)!.TextContent);

        var resolved = await owner.SubmitAsync(overview.Form(PlanOverviewPage.ResolveForm));
        Assert.Equal(HttpStatusCode.Redirect, resolved.Status);
        overview = await owner.GetAsync(PlanOverviewPage.Url(id));
        Assert.Contains("Resolved", overview.Document.QuerySelector(PlanOverviewPage.Comment)!.TextContent);

        mentorPage = await mentor.GetAsync(link);
        var ratingsForm = mentorPage.Form(MentorPage.RatingsForm);
        var firstRating = ratingsForm.QuerySelector("select[name$='.Level']")!.GetAttribute("name")!;
        var rated = await mentor.SubmitAsync(ratingsForm, new Dictionary<string, string> { [firstRating] = "5" });
        Assert.Equal(HttpStatusCode.Redirect, rated.Status);
        var ratedOverview = await owner.GetAsync(PlanOverviewPage.Url(id));
        Assert.NotEqual(overview.Text, ratedOverview.Text);
        Assert.Contains("Dana: 5", ratedOverview.Document.QuerySelector(PlanOverviewPage.Ratings)!.TextContent);

        // A check-in adds a review to the plan document (the example's latest is also dated today, so the count tells).
        var review = await owner.GetAsync(StepPage.UrlOf(id, ProgressReviewPage.Slug));
        var checkedIn = await owner.SubmitAsync(review.Form(ProgressReviewPage.ReviewForm), new Dictionary<string, string>
        {
            [ProgressReviewPage.Reflection] = "Shipped the first roadmap draft; stakeholders liked the trade-off table.",
        });
        Assert.Equal(HttpStatusCode.Redirect, checkedIn.Status);
        overview = await owner.GetAsync(PlanOverviewPage.Url(id));
        Assert.Equal(reviewsBefore + 1, PlanOverviewPage.ReviewCount(overview));
    }

    [Fact]
    public async Task AnotherPerson_AndNobodySignedIn_NeverGetTheOwnersCopy()
    {
        using var owner = await _app.RegisteredClientAsync();
        var id = await owner.CreateExamplePlanAsync();
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync(PlanOverviewPage.Url(id))).Status);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync(PlanOverviewPage.Url(id))).Status);

        using var other = await _app.RegisteredClientAsync("someone.else@example.com");
        var refused = await other.GetAsync(PlanOverviewPage.Url(id));
        Assert.Equal(HttpStatusCode.NotFound, refused.Status);
        Assert.DoesNotContain("example", Title(refused), StringComparison.OrdinalIgnoreCase);

        using var anonymous = _app.NewClient();
        var login = await anonymous.GetAsync(PlanOverviewPage.Url(id));
        Assert.Equal(HttpStatusCode.Redirect, login.Status);
        Assert.StartsWith("/account/login", new Uri(new Uri("http://localhost"), login.Location!).AbsolutePath);
    }

    [Fact]
    public async Task OnASharedComputer_TheNextPersonNeverGetsTheFormerOnesCopy()
    {
        using var first = await _app.RegisteredClientAsync("first.person@example.com");
        using var second = await _app.RegisteredClientAsync("second.person@example.com");
        second.Dispose();
        var id = await first.CreateExamplePlanAsync();
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync(PlanOverviewPage.Url(id))).Status);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync(PlanOverviewPage.Url(id))).Status);

        // Same browser (same antiforgery cookie), another person signed in.
        await first.LogoutAsync();
        await first.LoginAsync("second.person@example.com");
        Assert.Equal(HttpStatusCode.NotFound, (await first.GetAsync(PlanOverviewPage.Url(id))).Status);
    }

    [Fact]
    public async Task ASecondBrowserOfTheSamePerson_GetsFormsThatWorkInIt()
    {
        using var laptop = await _app.RegisteredClientAsync("two.browsers@example.com");
        var id = await laptop.CreateExamplePlanAsync();
        await laptop.GetAsync(PlanOverviewPage.Url(id));
        await laptop.GetAsync(PlanOverviewPage.Url(id));

        using var phone = _app.NewClient();
        var signedIn = await phone.LoginAsync("two.browsers@example.com");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        var page = await phone.GetAsync(PlanOverviewPage.Url(id));
        Assert.Equal(HttpStatusCode.OK, page.Status);

        // The page's forms carry tokens made for this browser: signing out from it works (a copy made for the laptop would give 400).
        var signedOut = await phone.SubmitAsync(page.Form(MyPlansPage.LogoutForm));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.Status);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync(PlanOverviewPage.Url(id))).Status);
    }

    [Fact]
    public async Task TheNextDay_ThePageIsRenderedAgain()
    {
        // What is overdue and when the next review is due depend on the day: a copy lasts a day at most.
        using var owner = await _app.RegisteredClientAsync();
        var id = await owner.CreateExamplePlanAsync();
        var today = Title(await owner.GetAsync(PlanOverviewPage.Url(id)));
        await _app.ChangeTitleBehindTheAppAsync(id, "Title read on a new day");
        _app.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(today, Title(await owner.GetAsync(PlanOverviewPage.Url(id))));

        _app.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal("Title read on a new day", Title(await owner.GetAsync(PlanOverviewPage.Url(id))));
    }

    [Fact]
    public async Task DeletingTheAccount_EndsEveryCachedCopy_EvenForItsOtherSessions()
    {
        using var laptop = await _app.RegisteredClientAsync("leaving@example.com");
        var id = await laptop.CreateExamplePlanAsync();
        using var phone = _app.NewClient();
        await phone.LoginAsync("leaving@example.com");
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync(PlanOverviewPage.Url(id))).Status);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync(PlanOverviewPage.Url(id))).Status);

        var delete = await laptop.GetAsync(DeleteAccountPage.Url);
        var deleted = await laptop.SubmitAsync(delete.Form(DeleteAccountPage.Form), new Dictionary<string, string> { [DeleteAccountPage.Password] = UserStories.Password });
        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);

        // Within the minute before the phone's session is checked again, it must still not see the plan.
        var after = await phone.GetAsync(PlanOverviewPage.Url(id));
        Assert.NotEqual(HttpStatusCode.OK, after.Status);
    }

    [Fact]
    public async Task AStepPage_IsKeptToo_AndShowsAMentorsNewCommentOnItAtOnce()
    {
        using var owner = await _app.RegisteredClientAsync();
        var id = await owner.CreateExamplePlanAsync();
        var step = StepPage.UrlOf(id, GapAnalysisPage.Slug);
        var before = await owner.GetAsync(step);
        await _app.ChangeTitleBehindTheAppAsync(id, "Changed behind the app");
        Assert.DoesNotContain("Changed behind the app", (await owner.GetAsync(step)).Text);

        var link = await owner.ShareAsync(id, "Dana");
        using var mentor = _app.NewClient();
        var page = await mentor.GetAsync(link);
        var form = page.Form(MentorPage.CommentForm);
        var sent = await mentor.SubmitAsync(form, new Dictionary<string, string>
        {
            [MentorPage.Step] = "GapAnalysis",
            [MentorPage.AuthorName] = "Dana",
            [MentorPage.Body] = "Prioritisation is the gap to close first.",
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
        var id = await owner.CreateExamplePlanAsync();

        async Task<HttpResponseMessage> GetAsync(string? acceptEncoding)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, PlanOverviewPage.Url(id));
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
