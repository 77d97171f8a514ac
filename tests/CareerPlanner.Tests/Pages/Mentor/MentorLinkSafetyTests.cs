using System.Net;
using System.Text;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;
using CareerPlanner.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Tests.Pages.Mentor;

/// <summary>A share link is a capability: only its hash is stored, it leaks nowhere, guessing is slowed, and an expired one is as unknown as a made-up one.</summary>
public sealed class MentorLinkSafetyTests : IDisposable
{
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ExpiredLink_Is404_TheSameAsAnUnknownOne()
    {
        var (owner, id) = await _app.OwnerWithPlanToReviewAsync();
        using var _ = owner;
        var link = await owner.ShareAsync(id, expiry: "Days7");
        using var mentor = _app.NewClient("203.0.113.7");
        Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync(link)).Status);

        _app.Clock.Advance(TimeSpan.FromDays(7));
        var expired = await mentor.GetAsync(link);
        var unknown = await mentor.GetAsync(MentorPage.Url(ShareTokens.NewToken()));

        Assert.Equal(HttpStatusCode.NotFound, expired.Status);
        Assert.Equal(unknown.Document.QuerySelector("main")!.TextContent.Split("Reference:")[0], expired.Document.QuerySelector("main")!.TextContent.Split("Reference:")[0]);
    }

    [Fact]
    public async Task OnlyTheHashIsStored_TheRawTokenIsNowhereInTheDatabase()
    {
        var (owner, id) = await _app.OwnerWithPlanToReviewAsync();
        using var _ = owner;
        var link = await owner.ShareAsync(id);
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
        var (owner, id) = await _app.OwnerWithPlanToReviewAsync();
        using var _ = owner;
        var link = await owner.ShareAsync(id);
        using var mentor = _app.NewClient("203.0.113.7");
        var page = await mentor.GetAsync(link);
        var commented = await mentor.SubmitAsync(page.Form(MentorPage.CommentForm), new Dictionary<string, string> { [MentorPage.Body] = "Fine" });
        var invalid = await mentor.SubmitAsync(page.Form(MentorPage.CommentForm), new Dictionary<string, string> { [MentorPage.Body] = "" });
        var unknown = await mentor.GetAsync(MentorPage.Url("nope"));

        foreach (var response in new[] { page, commented, invalid, unknown })
        {
            Assert.Equal("no-referrer", response.Response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Equal("noindex, nofollow", response.Response.Headers.GetValues("X-Robots-Tag").Single());
            Assert.Contains("no-store", response.Response.Headers.CacheControl!.ToString());
        }

        Assert.Equal(HttpStatusCode.OK, invalid.Status);
        Assert.Equal("Comment is required.", MentorPage.BodyError(invalid, "selfassessment"));
        var robots = await mentor.Http.GetStringAsync("/robots.txt");
        Assert.Contains("Disallow: /m/", robots);
    }

    [Fact]
    public async Task Guessing_IsRateLimitedPerClient_WithRetryAfter_AndAValidLinkElsewhereIsNotSlowed()
    {
        var (owner, id) = await _app.OwnerWithPlanToReviewAsync();
        using var _ = owner;
        var link = await owner.ShareAsync(id);
        using var guesser = _app.NewClient("198.51.100.1");
        using var mentor = _app.NewClient("198.51.100.2");

        for (var i = 0; i < LinkGuessingLimiter.FailuresAllowed; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await guesser.GetAsync(MentorPage.Url(ShareTokens.NewToken()))).Status);
        }

        var limited = await guesser.GetAsync(MentorPage.Url(ShareTokens.NewToken()));
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
        using var client = _app.NewClient("192.0.2.50");
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

            using var response = await client.Http.GetAsync(MentorPage.Url(Uri.EscapeDataString(token)));
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
        }

        Assert.All(statuses.Keys, s => Assert.True(s is HttpStatusCode.NotFound or (HttpStatusCode)429, $"{s}: {statuses[s]}"));
        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.NotFound) >= 400);
    }
}
