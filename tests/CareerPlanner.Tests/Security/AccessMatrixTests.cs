using System.Globalization;
using System.Net;
using System.Text;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;
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

    private sealed record Row(PageHandler Handler, Caller Caller, string Url, HttpStatusCode Status, string? Location, string? Problem, bool FromForm);

    /// <summary>Values a form would hold when filled in by someone who means it.</summary>
    private static readonly Dictionary<string, string> Plausible = new()
    {
        [MentorPage.Body] = "Looks solid — from the access matrix.",
        [SharePage.Label] = "Matrix link",
        [ProgressReviewPage.MilestoneKind] = "Other",
        [ProgressReviewPage.MilestoneNote] = "Matrix milestone",
        [ProgressReviewPage.Reflection] = "Matrix review",
        [MentorPage.Rating(0)] = "3",
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
        var planHandlers = handlers.Where(h => AccessScene.IsPlanRoute(h.Route)).ToList();
        var mentorHandlers = handlers.Where(h => AccessScene.IsMentorRoute(h.Route)).ToList();
        var signInHandlers = handlers.Where(h => !h.AllowsAnonymous && !AccessScene.IsPlanRoute(h.Route) && !AccessScene.IsMentorRoute(h.Route)).ToList();
        Assert.All(handlers, h => Assert.True(h.RouteParameters.All(p => p is "id" or "token" or "format" or "code"), $"{h}: the matrix does not know how to fill this route; teach it."));

        // Endpoints that are not pages: anonymous ones are capability URLs or health checks, nothing else.
        var endpoints = PageHandlerCatalog.OtherEndpoints(_app.Services);
        output.WriteLine($"{endpoints.Count} other endpoints:");
        foreach (var endpoint in endpoints)
        {
            output.WriteLine($"  {endpoint}{(endpoint.AllowsAnonymous ? "  [AllowAnonymous]" : "")}");
        }

        Assert.Equal(["calendar/{token}.ics", "healthz", "healthz/live"], endpoints.Where(e => e.AllowsAnonymous).Select(e => e.Route).Distinct().Order(StringComparer.Ordinal));
        var feedHandlers = endpoints.Where(e => AccessScene.IsFeedRoute(e.Route)).ToList();
        Assert.NotEmpty(feedHandlers);
        var tokenHandlers = mentorHandlers.Concat(feedHandlers).ToList();
        Assert.True(planHandlers.Count >= 10 && mentorHandlers.Count >= 3, "The plan's pages or the mentor page were not found.");

        var scene = await AccessScene.SetUpAsync(_app, handlers);
        var rows = new List<Row>();

        // 1. Everyone but the owner, on every handler. Nothing may change: not a title, not a counter.
        //    The set-up's own mentor visits are stored first, so their counts land before the snapshot.
        await _app.Services.GetRequiredService<LinkOpens>().FlushAsync();
        var before = await DatabaseSnapshot.TakeAsync(_app.Services);
        var planBefore = await scene.PlanSummaryAsync(_app);
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
        var planAfter = await scene.PlanSummaryAsync(_app);
        var changes = after.DifferencesFrom(before);

        // 2. The link holder on the link's page: reads, comments, rates (changes, as it may).
        foreach (var handler in mentorHandlers)
        {
            rows.Add(await CallAsync(scene, handler, Caller.MentorLinkHolder));
        }

        // 3. The owner: their calendar feed and the mentor page (with the feed's token: capabilities are not interchangeable),
        //    then everything of the plan, reading first, then the changes, then the removals of a part (an edit of the
        //    same part comes before it), the plan's deletion last.
        foreach (var handler in tokenHandlers.Concat(planHandlers.OrderBy(h => h.IsPost)
            .ThenBy(h => h.Route == "plans/{id:int}/delete" && h.IsPost ? 2 : h.Name?.StartsWith("Remove", StringComparison.Ordinal) == true ? 1 : 0)))
        {
            rows.Add(await CallAsync(scene, handler, Caller.Owner));
        }

        Print(rows, before, after);
        output.WriteLine($"The owner's plan before the non-owners: {planBefore}");
        output.WriteLine($"The owner's plan after the non-owners:  {planAfter}");
        output.WriteLine($"The owner's plan after the owner:       {await scene.PlanSummaryAsync(_app)}");
        Assert.Equal(planBefore, planAfter);
        Assert.True(changes.Count == 0, "Requests by people other than the owner changed the database:\n" + string.Join("\n", changes));
        var problems = rows.Where(r => r.Problem is not null).Select(r => $"{r.Caller} {r.Handler} → {(int)r.Status} {r.Location}: {r.Problem}").ToList();
        Assert.True(problems.Count == 0, $"{problems.Count} of {rows.Count} calls were answered wrongly:\n" + string.Join("\n", problems));
        Assert.Empty(_app.Logs.Problems);
    }

    private async Task<Row> CallAsync(AccessScene scene, PageHandler handler, Caller caller)
    {
        var (client, antiforgery) = scene.Callers[caller];
        var path = scene.PathFor(handler.Route, caller);
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
    private static string? Judge(AccessScene scene, PageHandler handler, Caller caller, HtmlPage page)
    {
        var status = (int)page.Status;
        if (status >= 500)
        {
            return "server error";
        }

        var location = page.Location is { } l ? new Uri(new Uri("http://localhost"), l) : null;
        var toLogin = status is 302 or 303 && location?.AbsolutePath == "/account/login";
        var planPath = $"/plans/{scene.PlanId}";
        var leaks = !(caller == Caller.Owner && !AccessScene.IsMentorRoute(handler.Route)) && !(caller == Caller.MentorLinkHolder && AccessScene.IsMentorRoute(handler.Route))
            && (page.Text.Contains("Support engineer", StringComparison.Ordinal) || page.Text.Contains("Explains complex problems", StringComparison.Ordinal));
        if (leaks)
        {
            return "the answer shows the owner's plan";
        }

        if (AccessScene.IsFeedRoute(handler.Route))
        {
            return caller == Caller.Owner
                ? status == 200 ? null : "the feed's holder cannot read it"
                : status == 404 ? null : "a token that is not this feed's must give 404";
        }

        if (!AccessScene.IsPlanRoute(handler.Route) && !AccessScene.IsMentorRoute(handler.Route))
        {
            return toLogin ? null : "expected a redirect to /account/login";
        }

        return (caller, AccessScene.IsPlanRoute(handler.Route)) switch
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
