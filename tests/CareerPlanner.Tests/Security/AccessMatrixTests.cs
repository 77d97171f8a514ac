using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CareerPlanner.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CareerPlanner.Tests.Security;

/// <summary>
/// OWASP ASVS V8 (authorisation): every handler of every page, found at run time, called by the
/// plan's owner, another signed-in person, an anonymous visitor and a mentor holding a share link —
/// each with a valid antiforgery token of their own and a form that would succeed if they were
/// allowed. Only the owner reaches the plan's pages; only the link holder reaches the link's page;
/// and nobody else changes a single row.
/// </summary>
public sealed class AccessMatrixTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>Fewer than this means the enumeration silently found (almost) nothing.</summary>
    private const int MinimumHandlers = 15;

    private readonly CapturedApp _app = new();

    public void Dispose() => _app.Dispose();

    private enum Caller
    {
        Owner,
        OtherUser,
        Anonymous,
        MentorLinkHolder,
    }

    private sealed record Row(PageHandler Handler, Caller Caller, string Url, HttpStatusCode Status, string? Location, string? Problem, bool FromForm);

    /// <summary>What the matrix knows of the plan under test, and how each caller addresses it.</summary>
    private sealed class Scene
    {
        public required int PlanId { get; init; }

        public required string Token { get; init; }

        /// <summary>The owner's calendar feed token.</summary>
        public required string FeedToken { get; init; }

        /// <summary>A well-formed token nobody holds: what a non-holder can try on the mentor page.</summary>
        public string UnknownToken { get; } = ShareTokens.NewToken();

        public required Dictionary<string, string> HandlerArguments { get; init; }

        public required Dictionary<(string Route, string? Handler), FormSpec> Forms { get; init; }

        public required Dictionary<Caller, (HtmlClient Client, string AntiforgeryToken)> Callers { get; init; }
    }

    /// <summary>Values a form would hold when filled in by someone who means it.</summary>
    private static readonly Dictionary<string, string> Plausible = new()
    {
        ["Comment.Body"] = "Looks solid — from the access matrix.",
        ["Input.Label"] = "Matrix link",
        ["Milestone.Kind"] = "Other",
        ["Milestone.Note"] = "Matrix milestone",
        ["Review.Reflection"] = "Matrix review",
        ["Ratings[0].Level"] = "3",
    };

    [Fact]
    public async Task EveryPageHandler_AnswersOnlyThoseItBelongsTo_AndNobodyElseChangesAnything()
    {
        var handlers = await PageHandlerCatalog.DiscoverAsync(_app.Services);
        output.WriteLine($"{handlers.Count} page handlers found at run time:");
        foreach (var handler in handlers)
        {
            output.WriteLine($"  {handler}{(handler.AllowsAnonymous ? "  [AllowAnonymous]" : "")}{(handler.Parameters.Count > 0 ? "  (" + string.Join(", ", handler.Parameters) + ")" : "")}");
        }

        Assert.True(handlers.Count >= MinimumHandlers, $"Only {handlers.Count} page handlers found; expected at least {MinimumHandlers}. Is the enumeration still finding the pages?");
        // Only these pages are open without signing in; a new [AllowAnonymous] page must be a decision, added here.
        Assert.Equal(["", "account/login", "account/register", "error/{code:int?}", "m/{token}"], handlers.Where(h => h.AllowsAnonymous).Select(h => h.Route).Distinct().Order(StringComparer.Ordinal));
        var planHandlers = handlers.Where(h => IsPlanRoute(h.Route)).ToList();
        var mentorHandlers = handlers.Where(h => IsMentorRoute(h.Route)).ToList();
        var signInHandlers = handlers.Where(h => !h.AllowsAnonymous && !IsPlanRoute(h.Route) && !IsMentorRoute(h.Route)).ToList();
        Assert.All(handlers, h => Assert.True(h.RouteParameters.All(p => p is "id" or "token" or "format" or "code"), $"{h}: the matrix does not know how to fill this route; teach it."));

        // Endpoints that are not pages: anonymous ones are capability URLs or health checks, nothing else.
        var endpoints = PageHandlerCatalog.OtherEndpoints(_app.Services);
        output.WriteLine($"{endpoints.Count} other endpoints:");
        foreach (var endpoint in endpoints)
        {
            output.WriteLine($"  {endpoint}{(endpoint.AllowsAnonymous ? "  [AllowAnonymous]" : "")}");
        }

        Assert.Equal(["calendar/{token}.ics", "healthz", "healthz/live"], endpoints.Where(e => e.AllowsAnonymous).Select(e => e.Route).Distinct().Order(StringComparer.Ordinal));
        var feedHandlers = endpoints.Where(e => IsFeedRoute(e.Route)).ToList();
        Assert.NotEmpty(feedHandlers);
        var tokenHandlers = mentorHandlers.Concat(feedHandlers).ToList();
        Assert.True(planHandlers.Count >= 10 && mentorHandlers.Count >= 3, "The plan's pages or the mentor page were not found.");

        var scene = await SetUpAsync(handlers);
        var rows = new List<Row>();

        // 1. Everyone but the owner, on every handler. Nothing may change: not a title, not a counter.
        //    The set-up's own mentor visits are stored first, so their counts land before the snapshot.
        await _app.Services.GetRequiredService<LinkOpens>().FlushAsync();
        var before = await DatabaseSnapshot.TakeAsync(_app.Services);
        var planBefore = await PlanSummaryAsync(scene.PlanId);
        foreach (var caller in new[] { Caller.OtherUser, Caller.Anonymous, Caller.MentorLinkHolder })
        {
            foreach (var handler in planHandlers.Concat(caller == Caller.MentorLinkHolder ? feedHandlers : tokenHandlers))
            {
                rows.Add(await CallAsync(scene, handler, caller));
            }
        }

        foreach (var handler in signInHandlers)
        {
            rows.Add(await CallAsync(scene, handler, Caller.Anonymous));
        }

        // Whatever the calls above recorded as link opens is stored too, so a counter they moved shows.
        await _app.Services.GetRequiredService<LinkOpens>().FlushAsync();
        var after = await DatabaseSnapshot.TakeAsync(_app.Services);
        var planAfter = await PlanSummaryAsync(scene.PlanId);
        var changes = after.DifferencesFrom(before);

        // 2. The link holder on the link's page: reads, comments, rates (changes, as it may).
        foreach (var handler in mentorHandlers)
        {
            rows.Add(await CallAsync(scene, handler, Caller.MentorLinkHolder));
        }

        // 3. The owner: their calendar feed and the mentor page (with the feed's token: capabilities are not interchangeable),
        //    then everything of the plan, reading first, the plan's deletion last.
        foreach (var handler in tokenHandlers.Concat(planHandlers.OrderBy(h => h.IsPost).ThenBy(h => h.Route == "plans/{id:int}/delete" && h.IsPost)))
        {
            rows.Add(await CallAsync(scene, handler, Caller.Owner));
        }

        Print(rows, before, after);
        output.WriteLine($"The owner's plan before the non-owners: {planBefore}");
        output.WriteLine($"The owner's plan after the non-owners:  {planAfter}");
        output.WriteLine($"The owner's plan after the owner:       {await PlanSummaryAsync(scene.PlanId)}");
        Assert.Equal(planBefore, planAfter);
        Assert.True(changes.Count == 0, "Requests by people other than the owner changed the database:\n" + string.Join("\n", changes));
        var problems = rows.Where(r => r.Problem is not null).Select(r => $"{r.Caller} {r.Handler} → {(int)r.Status} {r.Location}: {r.Problem}").ToList();
        Assert.True(problems.Count == 0, $"{problems.Count} of {rows.Count} calls were answered wrongly:\n" + string.Join("\n", problems));
        Assert.Empty(_app.Logs.Problems);
    }

    private async Task<Scene> SetUpAsync(IReadOnlyList<PageHandler> handlers)
    {
        var owner = await _app.RegisteredClientAsync("192.0.2.10");
        var other = await _app.RegisteredClientAsync("192.0.2.20");
        var anonymous = _app.Client("192.0.2.30");
        var mentor = _app.Client("192.0.2.40");

        // The example plan has something in every step, two reviews and a milestone.
        var created = await owner.SubmitAsync((await owner.GetAsync("/plans")).Form("form[action*='handler=Demo']"));
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        var planId = await _app.QueryAsync(db => db.Plans.Select(p => p.Id).SingleAsync());
        var token = await ShareAsync(owner, planId, "Matrix mentor");
        await ShareAsync(owner, planId, "Spare link");
        var mentorPage = await mentor.GetAsync($"/m/{token}");
        Assert.Equal(HttpStatusCode.OK, mentorPage.Status);
        var commented = await mentor.SubmitAsync(mentorPage.Form("form[action*='handler=Comment']"), new Dictionary<string, string> { ["Comment.Body"] = "A first comment." });
        Assert.Equal(HttpStatusCode.Redirect, commented.Status);

        var calendar = await owner.GetAsync($"/plans/{planId}/calendar");
        var subscribed = await owner.SubmitAsync(calendar.Form("form[action*='handler=Subscribe']"));
        Assert.Equal(HttpStatusCode.Redirect, subscribed.Status);
        var feedUrl = ((AngleSharp.Html.Dom.IHtmlInputElement)(await owner.FollowAsync(subscribed)).Document.QuerySelector("#new-link-url")!).Value;
        var feedToken = Regex.Match(feedUrl, "/calendar/(?<token>[^/.]+)\\.ics$").Groups["token"].Value;
        Assert.Equal(ShareTokens.TokenLength, feedToken.Length);

        var linkId = await _app.QueryAsync(db => db.ShareLinks.Where(l => l.Label == "Spare link").Select(l => l.Id).SingleAsync());
        var commentId = await _app.QueryAsync(db => db.MentorComments.Select(c => c.Id).SingleAsync());
        var milestoneId = await _app.QueryAsync(db => Task.FromResult(db.Plans.Single().Milestones[0].Id));
        var arguments = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["linkId"] = linkId.ToString(CultureInfo.InvariantCulture),
            ["commentId"] = commentId.ToString(CultureInfo.InvariantCulture),
            ["milestoneId"] = milestoneId.ToString(),
            ["command"] = "save",
        };

        // The forms as their rightful users see them: what each call sends, so it would succeed if allowed.
        var forms = new Dictionary<(string Route, string? Handler), FormSpec>();
        foreach (var handler in handlers.Where(h => !h.IsPost && (!h.AllowsAnonymous || IsMentorRoute(h.Route))))
        {
            var (client, caller) = IsMentorRoute(handler.Route) ? (mentor, Caller.MentorLinkHolder) : (owner, Caller.Owner);
            var page = await client.GetAsync(Fill(handler.Route, planId, caller == Caller.MentorLinkHolder ? token : "unused"));
            foreach (var form in FormSpec.AllOn(page))
            {
                var route = handlers.FirstOrDefault(h => h.IsPost && string.Equals(h.Name, form.Handler, StringComparison.OrdinalIgnoreCase)
                    && Fill(h.Route, planId, caller == Caller.MentorLinkHolder ? token : "unused") == form.Path)?.Route;
                if (route is not null)
                {
                    forms.TryAdd((route, form.Handler?.ToUpperInvariant()), form);
                }
            }
        }

        return new Scene
        {
            PlanId = planId,
            Token = token,
            FeedToken = feedToken,
            HandlerArguments = arguments,
            Forms = forms,
            Callers = new()
            {
                [Caller.Owner] = (owner, await AntiforgeryTokenAsync(owner, "/plans/new")),
                [Caller.OtherUser] = (other, await AntiforgeryTokenAsync(other, "/plans/new")),
                [Caller.Anonymous] = (anonymous, await AntiforgeryTokenAsync(anonymous, "/account/login")),
                [Caller.MentorLinkHolder] = (mentor, await AntiforgeryTokenAsync(mentor, "/account/login")),
            },
        };
    }

    private async Task<Row> CallAsync(Scene scene, PageHandler handler, Caller caller)
    {
        var (client, antiforgery) = scene.Callers[caller];
        var path = Fill(handler.Route, scene.PlanId, TokenFor(scene, handler, caller));
        var query = new List<KeyValuePair<string, string>>();
        if (handler.Name is not null)
        {
            query.Add(new("handler", handler.Name));
        }

        foreach (var parameter in handler.Parameters)
        {
            Assert.True(scene.HandlerArguments.ContainsKey(parameter), $"{handler}: the matrix knows no value for the parameter “{parameter}”; add one (a real row of the owner's plan).");
            query.Add(new(parameter, scene.HandlerArguments[parameter]));
        }

        var url = path + (query.Count == 0 ? "" : "?" + string.Join("&", query.Select(q => q.Key + "=" + Uri.EscapeDataString(q.Value))));
        HtmlPage page;
        var fromForm = false;
        if (handler.IsPost)
        {
            var fields = new List<KeyValuePair<string, string>>();
            if (scene.Forms.TryGetValue((handler.Route, handler.Name?.ToUpperInvariant()), out var form))
            {
                fromForm = true;
                var version = await _app.QueryAsync(db => db.Plans.Where(p => p.Id == scene.PlanId).Select(p => (int?)p.Version).SingleOrDefaultAsync()) ?? 0;
                foreach (var (name, value) in form.Fields.Where(f => f.Key != FormSpec.TokenField))
                {
                    fields.Add(new(name, FormSpec.IsVersion(name) ? version.ToString(CultureInfo.InvariantCulture) : Plausible.GetValueOrDefault(name, value)));
                }
            }

            fields.Add(new(FormSpec.TokenField, antiforgery));
            page = await client.PostAsync(url, fields);
        }
        else
        {
            page = await client.GetAsync(url);
        }

        return new Row(handler, caller, url, page.Status, page.Location, Judge(scene, handler, caller, page), fromForm);
    }

    /// <summary>Null if the answer is the one this caller must get; otherwise what is wrong with it.</summary>
    private static string? Judge(Scene scene, PageHandler handler, Caller caller, HtmlPage page)
    {
        var status = (int)page.Status;
        if (status >= 500)
        {
            return "server error";
        }

        var location = page.Location is { } l ? new Uri(new Uri("http://localhost"), l) : null;
        var toLogin = status is 302 or 303 && location?.AbsolutePath == "/account/login";
        var planPath = $"/plans/{scene.PlanId}";
        var leaks = !(caller == Caller.Owner && !IsMentorRoute(handler.Route)) && !(caller == Caller.MentorLinkHolder && IsMentorRoute(handler.Route))
            && (page.Text.Contains("Support engineer", StringComparison.Ordinal) || page.Text.Contains("Explains complex problems", StringComparison.Ordinal));
        if (leaks)
        {
            return "the answer shows the owner's plan";
        }

        if (IsFeedRoute(handler.Route))
        {
            return caller == Caller.Owner
                ? status == 200 ? null : "the feed's holder cannot read it"
                : status == 404 ? null : "a token that is not this feed's must give 404";
        }

        if (!IsPlanRoute(handler.Route) && !IsMentorRoute(handler.Route))
        {
            return toLogin ? null : "expected a redirect to /account/login";
        }

        return (caller, IsPlanRoute(handler.Route)) switch
        {
            (Caller.Owner, true) when handler.IsPost => status is 302 or 303 && (location?.AbsolutePath == "/plans" || location?.AbsolutePath == planPath || location?.AbsolutePath.StartsWith(planPath + "/", StringComparison.Ordinal) == true)
                ? null
                : "the owner's post did not succeed (expected a redirect within the plan or to /plans): the matrix's form is not plausible, or the owner is refused",
            (Caller.Owner, true) => status == 200 ? null : "the owner cannot open their own page",
            (Caller.OtherUser, true) => status == 404 ? null : "another user must get 404",
            (Caller.Anonymous or Caller.MentorLinkHolder, true) => toLogin ? null : "expected a redirect to /account/login",
            (Caller.MentorLinkHolder, false) when handler.IsPost => status is 302 or 303 && location?.AbsolutePath == $"/m/{scene.Token}" ? null : "the link holder's post did not succeed",
            (Caller.MentorLinkHolder, false) => status == 200 ? null : "the link holder cannot open the link",
            (_, false) => status == 404 ? null : "a token the caller does not hold must give 404",
            _ => "a caller the matrix does not know",
        };
    }

    private Task<string> PlanSummaryAsync(int planId) => _app.QueryAsync(async db =>
    {
        if (await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId) is not { } plan)
        {
            return "(deleted)";
        }

        var links = await db.ShareLinks.CountAsync(l => l.PlanId == planId);
        var active = await db.ShareLinks.CountAsync(l => l.PlanId == planId && l.RevokedAt == null);
        var comments = await db.MentorComments.CountAsync(c => c.PlanId == planId);
        var resolved = await db.MentorComments.CountAsync(c => c.PlanId == planId && c.ResolvedAt != null);
        var ratings = await db.MentorRatings.CountAsync(r => r.PlanId == planId);
        var reviews = await db.Reviews.CountAsync(r => r.PlanId == planId);
        return $"“{plan.Title}” version {plan.Version}, updated {plan.UpdatedAt:O}; {links} share links ({active} active), {comments} comments ({resolved} resolved), "
            + $"{ratings} ratings, {reviews} reviews, {plan.Milestones.Count} milestones, {plan.Actions.Count} actions, {plan.Goals.Count} goals, "
            + $"{plan.Skills.Count} skills, {plan.Requirements.Count} requirements, cadence {plan.Cadence}, calendar feed {(plan.CalendarTokenHash is null ? "off" : "on")}";
    });

    private static bool IsPlanRoute(string route) => route.Contains("{id", StringComparison.Ordinal);

    private static bool IsMentorRoute(string route) => route.StartsWith("m/{token", StringComparison.Ordinal);

    private static bool IsFeedRoute(string route) => route.StartsWith("calendar/{token", StringComparison.Ordinal);

    /// <summary>
    /// The token each caller puts in a capability URL: the holder theirs; the owner and the mentor the
    /// other capability they do hold (a feed token is no share link, and the reverse); everyone else
    /// a well-formed token nobody holds.
    /// </summary>
    private static string TokenFor(Scene scene, PageHandler handler, Caller caller) => (caller, IsFeedRoute(handler.Route)) switch
    {
        (Caller.MentorLinkHolder, true) => scene.Token,
        (Caller.MentorLinkHolder, false) => scene.Token,
        (Caller.Owner, _) => scene.FeedToken,
        _ => scene.UnknownToken,
    };

    private static string Fill(string route, int planId, string token) =>
        PageHandler.FillRoute(route, name => name switch
        {
            "id" => planId.ToString(CultureInfo.InvariantCulture),
            "token" => token,
            "format" => "json",
            _ => "",
        });

    private static async Task<string> AntiforgeryTokenAsync(HtmlClient client, string url)
    {
        var page = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Document.QuerySelector($"main form input[name='{FormSpec.TokenField}']")!.GetAttribute("value")!;
    }

    private static async Task<string> ShareAsync(HtmlClient owner, int planId, string label)
    {
        var page = await owner.GetAsync($"/plans/{planId}/share");
        var created = await owner.SubmitAsync(page.Form("main form:not([action*='handler'])"), new Dictionary<string, string> { ["Input.Label"] = label, ["Input.Expiry"] = "Days30" });
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        var shown = await owner.FollowAsync(created);
        return new Uri(((AngleSharp.Html.Dom.IHtmlInputElement)shown.Document.QuerySelector("#new-link-url")!).Value).AbsolutePath["/m/".Length..];
    }

    private void Print(IReadOnlyList<Row> rows, DatabaseSnapshot before, DatabaseSnapshot after)
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{"Route",-34} {"Handler",-22} {"Caller",-17} {"Status",-6} {"Form",-5} {"Location",-45} Verdict");
        foreach (var row in rows)
        {
            var handler = $"{row.Handler.Method} {row.Handler.Name ?? "(default)"}";
            var location = row.Location is null ? "" : row.Location.Length > 45 ? row.Location[..44] + "…" : row.Location;
            table.AppendLine(CultureInfo.InvariantCulture, $"/{row.Handler.Route,-33} {handler,-22} {row.Caller,-17} {(int)row.Status,-6} {(row.Handler.IsPost ? row.FromForm ? "yes" : "no" : ""),-5} {location,-45} {row.Problem ?? "ok"}");
        }

        output.WriteLine("");
        output.WriteLine($"Access matrix: {rows.Count} rows ({rows.Select(r => r.Handler).Distinct().Count()} handlers × their callers).");
        output.WriteLine(table.ToString());
        output.WriteLine($"Database before the non-owners: {before.Counts}");
        output.WriteLine($"Database after the non-owners:  {after.Counts}");
    }
}
