using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;
using CareerPlanner.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CareerPlanner.Tests.Performance;

/// <summary>
/// The query budget: every page makes at most <see cref="PageBudget"/> SQL commands for the
/// realistic plan (the benchmark's, seeded by the app's own seed code: 30 skills, 15 goals,
/// 20 requirements, 40 actions, 12 reviews with snapshots, a mentor link with comments and ratings),
/// and exactly as many for a plan twice that size — the proof that no page runs a query per row.
/// Pages and endpoints are found at run time, so a new one cannot escape the budget.
/// <para>
/// Identity's security-stamp check runs on the first request of a session after
/// <see cref="SessionLifetime.StampCheckInterval"/> has passed, whatever the page. It is not part of
/// any page, so the page measurements run with the test clock standing still (no check happens);
/// <see cref="SecurityStampCheck_AddsItsCommandsOncePerInterval_ToWhicheverRequestMeetsIt"/> measures
/// the check itself, so its cost is counted and stated, not hidden.
/// </para>
/// </summary>
public sealed class QueryBudgetTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>The most SQL commands a page GET may make.</summary>
    private const int PageBudget = 3;

    /// <summary>The most reads a save may make before its writes; the writes are the rows it changes.</summary>
    private const int SaveReadBudget = 3;

    private static readonly string[] ExportFormats = ["markdown", "json"];

    private readonly AppFactory _app = new() { KeepPages = true };

    public void Dispose() => _app.Dispose();

    /// <summary>A seeded planner, signed in, with a calendar feed, and a mentor holding the plan's link.</summary>
    private sealed record Planner(SeededUser User, HtmlClient Client, HtmlClient Mentor, string FeedToken)
    {
        public int PlanId => User.PlanId;
    }

    /// <summary>One page's commands for both plans, and how many writes it may make: none, but for the overview's read receipt of new comments.</summary>
    private sealed record Measurement(string Page, RequestCommands Realistic, RequestCommands Double, int AllowedWrites = 0);

    [Fact]
    public async Task EveryPage_MakesAtMostThreeCommands_AsManyForAPlanTwiceTheSize()
    {
        var realistic = await PlannerAsync(1, scale: 1);
        var twice = await PlannerAsync(2, scale: 2);
        var handlers = (await PageHandlerCatalog.DiscoverAsync(_app.Services)).Where(h => !h.IsPost)
            .Concat(PageHandlerCatalog.OtherEndpoints(_app.Services).Where(e => e.Method is "GET" or "*"))
            .ToList();
        Assert.True(handlers.Count >= 20, $"Only {handlers.Count} GET pages and endpoints found; is the enumeration still finding them?");

        var measurements = new List<Measurement>();

        // The overview marks unread mentor comments read: its first view after a new comment is a page of its own.
        foreach (var planner in new[] { realistic, twice })
        {
            await CommentAsMentorAsync(planner, "A new comment, unread until the overview is opened.");
        }

        measurements.Add(await MeasureAsync("GET /plans/{id} — first view, with an unread mentor comment", p => PlanOverviewPage.Url(p.PlanId), realistic, twice) with { AllowedWrites = 1 });
        foreach (var handler in handlers)
        {
            foreach (var url in UrlsOf(handler))
            {
                var label = handler.Route == "plans/{id:int}" ? $"{handler} — repeat view" : url.Label ?? handler.ToString();
                measurements.Add(await MeasureAsync(label, url.For, realistic, twice, asMentor: handler.AllowsAnonymous));
            }
        }

        Report(measurements);
        // A log that sees nothing would pass every budget: the overview's first view must show its reads and its read receipt.
        Assert.True(measurements[0].Realistic.Count >= 2 && measurements[0].Realistic.Writes == 1, $"The command log did not see the overview's queries:\n{measurements[0].Realistic}");
        var overBudget = measurements.Where(m => m.Realistic.Count > PageBudget || m.Double.Count > PageBudget).ToList();
        Assert.True(overBudget.Count == 0, $"{overBudget.Count} pages make more than {PageBudget} SQL commands:\n\n" + string.Join("\n\n", overBudget.Select(m => m.Realistic)));
        var writing = measurements.Where(m => m.Realistic.Writes > m.AllowedWrites || m.Double.Writes > m.AllowedWrites).ToList();
        Assert.True(writing.Count == 0, $"{writing.Count} GETs write to the database:\n\n" + string.Join("\n\n", writing.Select(m => m.Realistic)));
        var growing = measurements.Where(m => m.Double.Count != m.Realistic.Count).ToList();
        Assert.True(growing.Count == 0, $"{growing.Count} pages make more commands for a bigger plan (a query per row):\n\n"
            + string.Join("\n\n", growing.Select(m => $"{m.Realistic}\n{m.Double}")));
    }

    [Fact]
    public async Task TypicalSaves_ReadAtMostThreeTimes_AndWriteOnlyTheRowsTheyChange()
    {
        var realistic = await PlannerAsync(1, scale: 1);
        var twice = await PlannerAsync(2, scale: 2);
        var saves = new List<(Measurement Save, int Writes)>();

        foreach (var (name, writes, save) in new (string, int, Func<Planner, Task<HtmlPage>>)[]
        {
            // Loads the plan, changes it, one UPDATE of its row (the parts are JSON columns of that row).
            ("POST a wizard step (Save)", 1, p => FillAsync(p.Client, StepPage.UrlOf(p.PlanId, SelfAssessmentPage.Slug), StepPage.Form, new() { [SelfAssessmentPage.Strengths] = "Calm under pressure." }, StepPage.Save)),
            // Loads the plan, INSERTs the review with its snapshot, UPDATEs the plan (its actions' status, version, last review date).
            ("POST a check-in (Record review)", 2, p => FillAsync(p.Client, StepPage.UrlOf(p.PlanId, ProgressReviewPage.Slug), ProgressReviewPage.ReviewForm, new() { [ProgressReviewPage.Reflection] = "A good month." }, "Record review")),
            // Loads the link with its plan, INSERTs the comment.
            ("POST a mentor comment", 1, p => FillAsync(p.Mentor, MentorPage.Url(p.User.LinkToken), MentorPage.CommentForm, new() { [MentorPage.Body] = "Well argued." }, null)),
        })
        {
            var a = await save(realistic);
            var b = await save(twice);
            Assert.True(a.Status == HttpStatusCode.Redirect && b.Status == HttpStatusCode.Redirect, $"{name} did not succeed: {string.Join("; ", a.SummaryErrors.Concat(b.SummaryErrors))}");
            saves.Add((new Measurement(name, await _app.Sql.OfAsync(a.Response), await _app.Sql.OfAsync(b.Response)), writes));
        }

        Report([.. saves.Select(s => s.Save)]);
        Assert.All(saves, s =>
        {
            foreach (var commands in new[] { s.Save.Realistic, s.Save.Double })
            {
                // Counted as statements: PostgreSQL's provider sends a save's statements in one command, SQLite's one by one.
                Assert.True(commands.Reads <= SaveReadBudget && WrittenStatements(commands) == s.Writes && commands.Writes <= s.Writes,
                    $"{s.Save.Page}: expected at most {SaveReadBudget} reads and {s.Writes} write(s).\n{commands}");
            }

            Assert.True(s.Save.Realistic.Count == s.Save.Double.Count, $"{s.Save.Page} makes more commands for a bigger plan:\n{s.Save.Realistic}\n{s.Save.Double}");
        });
    }

    [Fact]
    public async Task SecurityStampCheck_AddsItsCommandsOncePerInterval_ToWhicheverRequestMeetsIt()
    {
        var planner = await PlannerAsync(1, scale: 1);
        // "My plans": a page rendered every time (plan pages may come from memory, with no commands at all).
        const string url = MyPlansPage.Url;
        var steady = await CommandsOfAsync(planner.Client, url);

        _app.Clock.Advance(SessionLifetime.StampCheckInterval + TimeSpan.FromSeconds(1));
        var withCheck = await CommandsOfAsync(planner.Client, url);
        var after = await CommandsOfAsync(planner.Client, url);

        output.WriteLine($"Steady:\n{steady}\n\nFirst request after {SessionLifetime.StampCheckInterval.TotalMinutes} minute(s):\n{withCheck}\n\nThe next one:\n{after}");
        // The check reads the user and their claims (to refresh the cookie), then the page runs as always.
        var check = withCheck.Sql.Take(withCheck.Count - steady.Count).ToList();
        Assert.Equal(steady.Count + 2, withCheck.Count);
        Assert.All(check, sql => Assert.Contains("AspNetUser", sql, StringComparison.Ordinal));
        Assert.Equal(steady.Sql, withCheck.Sql.Skip(check.Count));
        Assert.Equal(steady.Count, after.Count);
    }

    [Fact]
    public async Task RepeatViews_OfPlanPagesAndTheMentorsPage_MakeNoCommandsAtAll()
    {
        var planner = await PlannerAsync(1, scale: 1);
        string[] ownerPages = [PlanOverviewPage.Url(planner.PlanId), .. new[] { SelfAssessmentPage.Slug, GoalsPage.Slug, GapAnalysisPage.Slug, ActionPlanPage.Slug, ProgressReviewPage.Slug }
            .Select(step => StepPage.UrlOf(planner.PlanId, step))];
        foreach (var url in ownerPages)
        {
            await CommandsOfAsync(planner.Client, url);
            await CommandsOfAsync(planner.Client, url);
            Assert.Equal(0, (await CommandsOfAsync(planner.Client, url)).Count);
        }

        var mentorPage = MentorPage.Url(planner.User.LinkToken);
        await CommandsOfAsync(planner.Mentor, mentorPage);
        await CommandsOfAsync(planner.Mentor, mentorPage);
        Assert.Equal(0, (await CommandsOfAsync(planner.Mentor, mentorPage)).Count);
    }

    private static int WrittenStatements(RequestCommands commands) =>
        commands.Sql.Sum(sql => Regex.Count(sql, @"(^|;)\s*(INSERT INTO|UPDATE|DELETE FROM)\b", RegexOptions.Multiline));

    /// <summary>A benchmark user, seeded as <c>seed</c> does, signed in through the login form, with a calendar feed and a mentor at the link.</summary>
    private async Task<Planner> PlannerAsync(int n, int scale)
    {
        SeededUser user;
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            user = await SeedCommand.SeedUserAsync(scope.ServiceProvider, n, scale: scale);
        }

        var client = _app.NewClient();
        var signedIn = await client.LoginAsync(user.Email, SeedCommand.DefaultPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);

        var feedToken = CalendarPage.TokenOf(await CalendarPage.SubscribeAsync(client, user.PlanId));

        var mentor = _app.NewClient($"198.51.100.{n}");
        var planner = new Planner(user, client, mentor, feedToken);

        // The seeded comments are read once, so the pages below see read and (after a new comment) unread ones.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(PlanOverviewPage.Url(user.PlanId))).Status);
        Assert.Equal(10 * scale, await _app.QueryAsync(db => db.MentorComments.CountAsync(c => c.PlanId == user.PlanId && c.ReadAt != null)));
        return planner;
    }

    private static async Task CommentAsMentorAsync(Planner planner, string body)
    {
        var commented = await FillAsync(planner.Mentor, MentorPage.Url(planner.User.LinkToken), MentorPage.CommentForm, new() { [MentorPage.Body] = body }, null);
        Assert.Equal(HttpStatusCode.Redirect, commented.Status);
    }

    private static async Task<HtmlPage> FillAsync(HtmlClient client, string url, string form, Dictionary<string, string> values, string? button)
    {
        var page = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return await client.SubmitAsync(page.Form(form), values, button);
    }

    /// <summary>The addresses a GET handler answers for a planner; a handler whose route cannot be filled fails the test, so it is taught, not skipped.</summary>
    private static IEnumerable<(string? Label, Func<Planner, string> For)> UrlsOf(PageHandler handler)
    {
        Assert.True(handler.RouteParameters.All(p => p is "id" or "token" or "format" or "code"), $"{handler}: the budget does not know how to fill this route; teach it.");
        var query = handler.Name is null ? "" : $"?handler={handler.Name}";
        if (handler.RouteParameters.Contains("format"))
        {
            return [.. ExportFormats.Select(format => ((string?)$"{handler} ({format})", (Func<Planner, string>)(p => Fill(handler.Route, p, format) + query)))];
        }

        return [(null, p => Fill(handler.Route, p, "") + query)];
    }

    private static string Fill(string route, Planner planner, string format) =>
        PageHandler.FillRoute(route, name => name switch
        {
            "id" => planner.PlanId.ToString(CultureInfo.InvariantCulture),
            "token" when route.StartsWith("calendar/", StringComparison.Ordinal) => planner.FeedToken,
            "token" => planner.User.LinkToken,
            "format" => format,
            "code" => "404",
            _ => "",
        });

    private async Task<Measurement> MeasureAsync(string page, Func<Planner, string> url, Planner realistic, Planner twice, bool asMentor = false) =>
        new(page,
            await CommandsOfAsync(asMentor ? realistic.Mentor : realistic.Client, url(realistic)),
            await CommandsOfAsync(asMentor ? twice.Mentor : twice.Client, url(twice)));

    private async Task<RequestCommands> CommandsOfAsync(HtmlClient client, string url)
    {
        var page = await client.GetAsync(url);
        var status = (int)page.Status;
        var toLogin = page.Location?.StartsWith("/account/login", StringComparison.Ordinal) == true;
        Assert.True(status < 400 && !toLogin || url.StartsWith("/error/", StringComparison.Ordinal),
            $"GET {url} answered {status} {page.Location}: the budget must measure the page itself.");
        return await _app.Sql.OfAsync(page.Response);
    }

    private void Report(IReadOnlyList<Measurement> measurements)
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{"Page",-78} {"Realistic",9} {"2× plan",8}");
        foreach (var m in measurements)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"{m.Page,-78} {m.Realistic.Count,9} {m.Double.Count,8}");
        }

        output.WriteLine(table.ToString());
        foreach (var m in measurements)
        {
            output.WriteLine(m.Realistic.ToString());
        }
    }
}
