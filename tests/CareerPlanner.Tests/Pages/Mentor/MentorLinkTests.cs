using System.Net;
using System.Text;
using CareerPlanner.Tests.Pages.Shared;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.Security;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPlanner.Tests.Pages.Mentor;

/// <summary>Mentor review by link: capability links, the reading view, comments, ratings, and their safety.</summary>
public sealed class MentorLinkTests : IDisposable
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(AppFactory.Today.UtcDateTime);
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private HtmlClient Anonymous(string client = "203.0.113.7")
    {
        var http = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        http.DefaultRequestHeaders.Add(TestClientAddress.Header, client);
        return new HtmlClient(http);
    }

    private async Task<(HtmlClient Owner, int PlanId)> OwnerWithPlanAsync(string title = "Support → PM")
    {
        var owner = await _app.RegisteredClientAsync();
        var id = await owner.CreatePlanAsync(title);
        await owner.FillAsync($"/plans/{id}/self-assessment", new Dictionary<string, string>
        {
            ["Input.Strengths"] = $"Strengths of {title}",
            ["Input.Skills[0].Name"] = "Stakeholder management",
            ["Input.Skills[0].Level"] = "2",
        }, button: "Save");
        await owner.FillAsync($"/plans/{id}/gap-analysis", new Dictionary<string, string>
        {
            ["Input.TargetRoleTitle"] = "PM",
            ["Input.Requirements[0].Kind"] = "Skill",
            ["Input.Requirements[0].Name"] = "Stakeholder management",
            ["Input.Requirements[0].RequiredLevel"] = "4",
            ["Input.Requirements[0].ClosedBy"] = "Experience",
            ["Input.Requirements[0].Priority"] = "Medium",
        }, button: "Save");
        return (owner, id);
    }

    private static async Task<string> ShareAsync(HtmlClient owner, int planId, string label = "Dana (Group PM)", string expiry = "Days30", bool comments = true, bool ratings = true)
    {
        var page = await owner.GetAsync($"/plans/{planId}/share");
        var values = new Dictionary<string, string> { ["Input.Label"] = label, ["Input.Expiry"] = expiry };
        var form = page.Form("main form:not([action*='handler'])");
        var created = await owner.SubmitAsync(form, values);
        Assert.True(created.Status == HttpStatusCode.Redirect, string.Join("; ", created.SummaryErrors));
        var shown = await owner.FollowAsync(created);
        var url = ((AngleSharp.Html.Dom.IHtmlInputElement)shown.Document.QuerySelector("#new-link-url")!).Value;
        Assert.Matches("^http://localhost/m/[A-Za-z0-9_-]{43}$", url);
        if (!comments || !ratings)
        {
            throw new NotSupportedException("Use the form's checkboxes directly for that.");
        }

        return new Uri(url).AbsolutePath;
    }

    [Fact]
    public async Task Mentor_OpensTheLinkWithoutAnAccount_Comments_AndThePlannerSeesIt()
    {
        var (owner, id) = await OwnerWithPlanAsync();
        using var _ = owner;
        var link = await ShareAsync(owner, id);
        using var mentor = Anonymous();

        var page = await mentor.GetAsync(link);
        Assert.True(page.Status == HttpStatusCode.OK, page.Text[..Math.Min(3000, page.Text.Length)]);
        Assert.Equal("Support → PM", page.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("Strengths of Support → PM", page.Text);
        Assert.Null(page.Document.QuerySelector("a[href$='/self-assessment']"));
        Assert.DoesNotContain("@example.com", page.Text);

        var form = page.Form("form[action*='handler=Comment'][action$='#feedback-gapanalysis']");
        var sent = await mentor.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Comment.AuthorName"] = "Dana",
            ["Comment.Body"] = "Your stakeholder level is closer to 3 than 2 — the triage meeting counts. **Prioritisation** is the real gap.",
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        var after = await mentor.FollowAsync(sent);
        Assert.StartsWith("Thank you — your comment on gap analysis was sent", after.StatusMessage);
        Assert.Equal("Dana", after.Document.QuerySelector("#comment-name-selfassessment")!.GetAttribute("value"));

        var plans = await owner.GetAsync("/plans");
        Assert.Equal("1 new mentor comment", plans.Document.QuerySelector(".plan-card .tag-new")!.TextContent.Trim());
        var overview = await owner.GetAsync($"/plans/{id}");
        var comment = overview.Document.QuerySelector("#feedback-gapanalysis .comment")!;
        Assert.Contains("Dana", comment.QuerySelector(".comment-meta")!.TextContent);
        Assert.Contains("link for Dana (Group PM)", comment.TextContent);
        Assert.Equal("Prioritisation", comment.QuerySelector("strong:not(.comment-meta strong)")?.TextContent ?? comment.QuerySelectorAll("strong")[1].TextContent);
        Assert.Contains("New", comment.TextContent);
        Assert.Null((await owner.GetAsync("/plans")).Document.QuerySelector(".plan-card .tag-new"));

        var resolved = await owner.SubmitAsync(overview.Form("form[action*='handler=Resolve']"));
        overview = await owner.FollowAsync(resolved);
        Assert.Contains("Resolved", overview.Document.QuerySelector("#feedback-gapanalysis .comment")!.TextContent);
    }

    [Fact]
    public async Task Mentor_RatesTheGaps_AndTheOwnerSeesADisagreementFlag()
    {
        var (owner, id) = await OwnerWithPlanAsync();
        using var _ = owner;
        var link = await ShareAsync(owner, id);
        using var mentor = Anonymous();

        var page = await mentor.GetAsync(link);
        var rated = await mentor.SubmitAsync(page.Form("form[action*='handler=Ratings']"), new Dictionary<string, string> { ["Ratings[0].Level"] = "4" });
        Assert.Equal(HttpStatusCode.Redirect, rated.Status);
        page = await mentor.FollowAsync(rated);
        Assert.Equal("4", page.Document.QuerySelector("#rating-0 option[selected]")!.GetAttribute("value"));

        var overview = await owner.GetAsync($"/plans/{id}");
        var row = overview.Document.QuerySelector("#ratings tbody tr")!;
        Assert.Contains("Dana (Group PM): 4 — worth a conversation", row.TextContent);
        Assert.NotNull(row.QuerySelector(".rating.disagree"));
    }

    [Fact]
    public async Task PlannerSeesCommentsAndRatings_OnTheStepPagesTheyBelongTo()
    {
        var (owner, id) = await OwnerWithPlanAsync();
        using var _ = owner;
        var link = await ShareAsync(owner, id);
        using var mentor = Anonymous();
        var page = await mentor.GetAsync(link);
        await mentor.SubmitAsync(page.Form("form[action$='#feedback-gapanalysis']"), new Dictionary<string, string> { ["Comment.AuthorName"] = "Dana", ["Comment.Body"] = "Prioritisation is the real gap." });
        await mentor.SubmitAsync(page.Form("form[action*='handler=Ratings']"), new Dictionary<string, string> { ["Ratings[0].Level"] = "5" });

        var gapStep = await owner.GetAsync($"/plans/{id}/gap-analysis");
        var goalsStep = await owner.GetAsync($"/plans/{id}/goals");

        Assert.Contains("Prioritisation is the real gap.", gapStep.Document.QuerySelector("section[aria-label='Mentor feedback on this step']")!.TextContent);
        Assert.Null(goalsStep.Document.QuerySelector("section[aria-label='Mentor feedback on this step']"));
        Assert.Contains("Dana (Group PM): 5 — worth a conversation", gapStep.Document.QuerySelector("table[aria-labelledby=gaps-table-title] tbody tr")!.TextContent);
    }

    [Fact]
    public async Task RevokedLink_Is404OnTheNextRequest_AndOtherLinksStillWork()
    {
        var (owner, id) = await OwnerWithPlanAsync();
        using var _ = owner;
        var first = await ShareAsync(owner, id, "Dana");
        var second = await ShareAsync(owner, id, "Sam");
        using var mentor = Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync(first)).Status);

        var share = await owner.GetAsync($"/plans/{id}/share");
        var revokeDana = share.Document.QuerySelectorAll("form[action*='handler=Revoke']").OfType<AngleSharp.Html.Dom.IHtmlFormElement>()
            .Single(f => f.TextContent.Contains("Dana", StringComparison.Ordinal));
        var revoked = await owner.SubmitAsync(revokeDana);
        var list = await owner.FollowAsync(revoked);

        Assert.StartsWith("Link for Dana revoked.", list.StatusMessage);
        var refused = await mentor.GetAsync(first);
        Assert.Equal(HttpStatusCode.NotFound, refused.Status);
        Assert.Contains("Page not found", refused.Text);
        Assert.DoesNotContain("Support → PM", refused.Text);
        Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync(second)).Status);
        var statuses = list.Document.QuerySelectorAll("tbody tr").Select(r => (r.QuerySelector("th")!.TextContent, r.QuerySelector(".tag")!.TextContent)).ToList();
        Assert.Contains(statuses, s => s.Item1.StartsWith("Dana", StringComparison.Ordinal) && s.Item2 == "Revoked");
        Assert.Contains(statuses, s => s.Item1.StartsWith("Sam", StringComparison.Ordinal) && s.Item2 == "Active");
    }

    [Fact]
    public async Task ExpiredLink_Is404_TheSameAsAnUnknownOne()
    {
        var (owner, id) = await OwnerWithPlanAsync();
        using var _ = owner;
        var link = await ShareAsync(owner, id, expiry: "Days7");
        using var mentor = Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync(link)).Status);

        _app.Clock.Advance(TimeSpan.FromDays(7));
        var expired = await mentor.GetAsync(link);
        var unknown = await mentor.GetAsync("/m/" + ShareTokens.NewToken());

        Assert.Equal(HttpStatusCode.NotFound, expired.Status);
        Assert.Equal(unknown.Document.QuerySelector("main")!.TextContent.Split("Reference:")[0], expired.Document.QuerySelector("main")!.TextContent.Split("Reference:")[0]);
    }

    [Fact]
    public async Task LinkTableShowsTimesOpenedAndLastOpened()
    {
        var (owner, id) = await OwnerWithPlanAsync();
        using var _ = owner;
        var link = await ShareAsync(owner, id, "Dana");
        using var mentor = Anonymous();
        await mentor.GetAsync(link);
        _app.Clock.Advance(TimeSpan.FromHours(2));
        await mentor.GetAsync(link);
        // Opens are stored in bulk every few seconds; flushing now stands for "a few seconds later".
        await _app.Services.GetRequiredService<LinkOpens>().FlushAsync();

        var share = await owner.GetAsync($"/plans/{id}/share");
        var cells = share.Document.QuerySelectorAll("tbody tr td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Contains($"{Today:d MMM yyyy}, 11:00", cells);
        Assert.Contains("2", cells);
        Assert.Contains(Today.AddDays(30).ToString("d MMM yyyy"), cells);
    }

    [Fact]
    public async Task FiftyMentorsOpeningALinkAtOnce_AreAllCounted()
    {
        var (owner, id) = await OwnerWithPlanAsync();
        using var _ = owner;
        var link = await ShareAsync(owner, id, "Dana");
        var opens = _app.Services.GetRequiredService<LinkOpens>();
        using var first = Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync(link)).Status);
        await opens.FlushAsync();
        var before = await _app.QueryAsync(db => db.ShareLinks.Select(l => l.TimesOpened).SingleAsync());

        var mentors = Enumerable.Range(1, 50).Select(i => Anonymous($"203.0.113.{i}")).ToList();
        var pages = await Task.WhenAll(mentors.Select(m => m.GetAsync(link)));
        await opens.FlushAsync();

        Assert.All(pages, p => Assert.Equal(HttpStatusCode.OK, p.Status));
        Assert.Equal(1, before);
        Assert.Equal(before + 50, await _app.QueryAsync(db => db.ShareLinks.Select(l => l.TimesOpened).SingleAsync()));
        mentors.ForEach(m => m.Dispose());
    }

    [Fact]
    public async Task OpensNotYetStored_AreStoredWhenTheAppStops()
    {
        var folder = AppFactory.NewDataFolder();
        try
        {
            using (var running = new AppFactory(folder))
            {
                var owner = await running.RegisteredClientAsync();
                var id = await owner.CreatePlanAsync("Stopping soon");
                var link = await ShareAsync(owner, id, "Dana");
                using var mentor = running.NewClient();
                Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync(link)).Status);
                Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync(link)).Status);
                owner.Dispose();
            }

            using var restarted = new AppFactory(folder);
            var stored = await restarted.QueryAsync(db => db.ShareLinks.Select(l => new { l.TimesOpened, l.LastOpenedAt }).SingleAsync());
            Assert.Equal(2, stored.TimesOpened);
            Assert.Equal(AppFactory.Today.UtcDateTime, stored.LastOpenedAt);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task TokenOfPlanA_NeverShowsPlanB()
    {
        var (ownerA, planA) = await OwnerWithPlanAsync("Plan A");
        var (ownerB, planB) = await OwnerWithPlanAsync("Plan B");
        using var a = ownerA;
        using var b = ownerB;
        var linkA = await ShareAsync(ownerA, planA);
        await ShareAsync(ownerB, planB);
        using var mentor = Anonymous();

        var page = await mentor.GetAsync(linkA);

        Assert.Contains("Strengths of Plan A", page.Text);
        Assert.DoesNotContain("Plan B", page.Text);
        // The link never reaches the owner's pages either.
        Assert.Equal(HttpStatusCode.Redirect, (await mentor.GetAsync($"/plans/{planA}")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await mentor.GetAsync($"/plans/{planB}")).Status);
    }

    [Fact]
    public async Task OnlyTheHashIsStored_TheRawTokenIsNowhereInTheDatabase()
    {
        var (owner, id) = await OwnerWithPlanAsync();
        using var _ = owner;
        var link = await ShareAsync(owner, id);
        var token = link["/m/".Length..];

        var stored = await _app.QueryAsync(db => db.ShareLinks.Select(l => l.TokenHash).SingleAsync());
        Assert.Equal(ShareTokens.Hash(token), stored);
        Assert.Matches("^[0-9a-f]{64}$", stored);

        var rows = (await DatabaseSnapshot.TakeAsync(_app.Services)).Tables.SelectMany(t => t.Value);
        Assert.DoesNotContain(rows, row => row.Contains(token, StringComparison.Ordinal));
        if (TestDatabase.IsPostgreSql)
        {
            return;
        }

        // On SQLite the files themselves are read too: free pages and the WAL hold what no table shows.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await _app.QueryAsync(db => db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);"));
        foreach (var file in Directory.EnumerateFiles(_app.DataFolder, "careerplanner.db*"))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.DoesNotContain(token, Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EveryLinkPage_SendsNoReferrerNoStoreAndNoIndex_EvenWhenRefused()
    {
        var (owner, id) = await OwnerWithPlanAsync();
        using var _ = owner;
        var link = await ShareAsync(owner, id);
        using var mentor = Anonymous();
        var page = await mentor.GetAsync(link);
        var commented = await mentor.SubmitAsync(page.Form("form[action*='handler=Comment']"), new Dictionary<string, string> { ["Comment.Body"] = "Fine" });
        var invalid = await mentor.SubmitAsync(page.Form("form[action*='handler=Comment']"), new Dictionary<string, string> { ["Comment.Body"] = "" });
        var unknown = await mentor.GetAsync("/m/nope");

        foreach (var response in new[] { page, commented, invalid, unknown })
        {
            Assert.Equal("no-referrer", response.Response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Equal("noindex, nofollow", response.Response.Headers.GetValues("X-Robots-Tag").Single());
            Assert.Contains("no-store", response.Response.Headers.CacheControl!.ToString());
        }

        Assert.Equal(HttpStatusCode.OK, invalid.Status);
        Assert.Equal("Comment is required.", invalid.Document.QuerySelector("#comment-body-selfassessment-error")!.TextContent);
        var robots = await mentor.Http.GetStringAsync("/robots.txt");
        Assert.Contains("Disallow: /m/", robots);
    }

    [Fact]
    public async Task Guessing_IsRateLimitedPerClient_WithRetryAfter_AndAValidLinkElsewhereIsNotSlowed()
    {
        var (owner, id) = await OwnerWithPlanAsync();
        using var _ = owner;
        var link = await ShareAsync(owner, id);
        using var guesser = Anonymous("198.51.100.1");
        using var mentor = Anonymous("198.51.100.2");

        for (var i = 0; i < LinkGuessingLimiter.FailuresAllowed; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await guesser.GetAsync("/m/" + ShareTokens.NewToken())).Status);
        }

        var limited = await guesser.GetAsync("/m/" + ShareTokens.NewToken());
        Assert.Equal((HttpStatusCode)429, limited.Status);
        Assert.InRange(int.Parse(limited.Response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.Contains("Too many attempts", limited.Text);
        Assert.Equal((HttpStatusCode)429, (await guesser.GetAsync(link)).Status);

        Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync(link)).Status);

        _app.Clock.Advance(LinkGuessingLimiter.Window);
        Assert.Equal(HttpStatusCode.OK, (await guesser.GetAsync(link)).Status);
    }

    [Fact]
    public async Task AThousandRandomTokens_GetOnly404Or429_NeverAServerError()
    {
        using var client = Anonymous("192.0.2.50");
        var random = new Random(20261129);
        var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~%";
        var statuses = new Dictionary<HttpStatusCode, int>();
        for (var i = 0; i < 1000; i++)
        {
            var length = i % 3 == 0 ? 43 : random.Next(1, 120);
            var token = i % 3 == 0 ? ShareTokens.NewToken() : new string([.. Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            if (i % 50 == 0)
            {
                _app.Clock.Advance(LinkGuessingLimiter.Window);
            }

            using var response = await client.Http.GetAsync("/m/" + Uri.EscapeDataString(token));
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
        }

        Assert.All(statuses.Keys, s => Assert.True(s is HttpStatusCode.NotFound or (HttpStatusCode)429, $"{s}: {statuses[s]}"));
        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.NotFound) >= 400);
    }

    [Theory]
    [MemberData(nameof(MarkdownSafetyTests.Payloads), MemberType = typeof(MarkdownSafetyTests))]
    public async Task MentorComments_RenderInert(string payload)
    {
        var (owner, id) = await OwnerWithPlanAsync();
        using var _ = owner;
        var link = await ShareAsync(owner, id);
        using var mentor = Anonymous();
        var page = await mentor.GetAsync(link);
        await mentor.SubmitAsync(page.Form("form[action*='handler=Comment']"), new Dictionary<string, string> { ["Comment.AuthorName"] = "<b onclick=x>Dana</b>", ["Comment.Body"] = payload });

        foreach (var view in new[] { await owner.GetAsync($"/plans/{id}"), await mentor.GetAsync(link) })
        {
            var comment = view.Document.QuerySelector(".comment")!;
            Assert.Contains("<b onclick=x>Dana</b>", comment.QuerySelector(".comment-meta")!.TextContent);
            comment = comment.QuerySelector(".comment-body")!;
            Assert.Empty(comment.QuerySelectorAll("script, iframe, img, svg, form, object"));
            Assert.All(comment.QuerySelectorAll("*"), e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal)));
            Assert.All(comment.QuerySelectorAll("a[href]"), a => Assert.Matches("^(https?:|mailto:)", a.GetAttribute("href")!));
        }
    }

    [Fact]
    public async Task CommentPost_WithoutAntiforgeryToken_Is400()
    {
        var (owner, id) = await OwnerWithPlanAsync();
        using var _ = owner;
        var link = await ShareAsync(owner, id);
        using var mentor = Anonymous();
        await mentor.GetAsync(link);

        var response = await mentor.PostAsync(link + "?handler=Comment", [new("Comment.Step", "Goals"), new("Comment.AuthorName", "Dana"), new("Comment.Body", "Hi")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(0, await _app.QueryAsync(db => db.MentorComments.CountAsync()));
    }

    [Fact]
    public async Task AnotherUser_CannotSeeOrRevokeTheLinks()
    {
        var (owner, id) = await OwnerWithPlanAsync();
        using var _ = owner;
        await ShareAsync(owner, id);
        using var other = await _app.RegisteredClientAsync();
        var otherId = await other.CreatePlanAsync("Mine");
        var ownShare = await other.GetAsync($"/plans/{otherId}/share");
        var token = ownShare.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var linkId = await _app.QueryAsync(db => db.ShareLinks.Select(l => l.Id).SingleAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/plans/{id}/share")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/plans/{id}/share?handler=Revoke&linkId={linkId}", [new("__RequestVerificationToken", token)])).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/plans/{id}/share", [new("__RequestVerificationToken", token), new("Input.Label", "Me"), new("Input.Expiry", "Days7")])).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/plans/{otherId}/share?handler=Revoke&linkId={linkId}", [new("__RequestVerificationToken", token)])).Status);
        Assert.Null(await _app.QueryAsync(db => db.ShareLinks.Select(l => l.RevokedAt).SingleAsync()));
    }

    [Fact]
    public async Task CreatingALink_WithoutALabel_ShowsAMessage()
    {
        var (owner, id) = await OwnerWithPlanAsync();
        using var _ = owner;
        var page = await owner.GetAsync($"/plans/{id}/share");

        var result = await owner.SubmitAsync(page.Form("main form:not([action*='handler'])"), new Dictionary<string, string> { ["Input.Label"] = " ", ["Input.Expiry"] = "Never" });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("Label is required.", result.FieldError("Input.Label"));
        Assert.Equal("Never", result.Document.QuerySelector("input[name='Input.Expiry'][checked]")!.GetAttribute("value"));
        Assert.Equal(0, await _app.QueryAsync(db => db.ShareLinks.CountAsync()));
    }
}
