using System.Globalization;
using System.Net;
using System.Text;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CareerPlanner.Tests.Security;

/// <summary>
/// What the access matrix leaves out: the requests no handler takes. Every route of the app (found at
/// run time) is sent GET, POST, PUT, DELETE and PATCH, and a GET and a POST with a handler name no page
/// has, by the plan's owner, another signed-in person, an anonymous visitor and the mentor holding a
/// share link, each with a valid antiforgery token of their own. A method a page has no handler for
/// answers 405 with an <c>Allow</c> header; a handler name it does not know, or none where every
/// handler of the method has one, 404 on GET and 400 otherwise; an endpoint's other methods 405 too.
/// Whoever must sign in first is sent to sign in. Nothing answers 5xx, nothing is logged as an error,
/// and not a row of the database changes.
/// </summary>
public sealed class MethodMatrixTests(ITestOutputHelper output) : IDisposable
{
    private const string UnknownHandler = "NoSuchHandler";

    private static readonly string[] Methods = ["GET", "POST", "PUT", "DELETE", "PATCH"];

    /// <summary>What every route keeps: the status, an <c>Allow</c> header on a 405, sign-in before anything else.</summary>
    private static readonly Strictness Contract = new(ExactAllow: false, VisitorsToo: false);

    private readonly CapturedApp _app = new();

    public void Dispose() => _app.Dispose();

    /// <summary>One request the matrix sends to a route: a method, and the handler name in the query if any.</summary>
    private sealed record Probe(string Method, string? Handler)
    {
        public override string ToString() => Handler is null ? Method : $"{Method} ?handler={Handler}";
    }

    /// <summary>What the app must answer a probe once the caller is past sign-in: a status and, for 405, the methods the route has.</summary>
    private sealed record Expected(HttpStatusCode Status, IReadOnlyList<string>? Allow = null);

    /// <summary>How closely an answer is judged beyond <see cref="Contract"/>.</summary>
    /// <param name="ExactAllow">A 405's <c>Allow</c> must name exactly the route's methods, not merely be there.</param>
    /// <param name="VisitorsToo">A visitor on an open endpoint must get the same answer as anyone, not a sign-in page.</param>
    private sealed record Strictness(bool ExactAllow, bool VisitorsToo);

    private sealed record Row(AppRoute Route, Probe Probe, Caller Caller, int Status, string? Allow, string? Location, string? Problem);

    [Fact]
    public async Task EveryRoute_AnswersAMethodOrHandlerItHasNot_With405Or400Or404_ForEveryCaller_AndNothingChanges()
    {
        var routes = await PageHandlerCatalog.RoutesAsync(_app.Services);
        output.WriteLine($"{routes.Count} routes found at run time:");
        foreach (var route in routes)
        {
            output.WriteLine($"  {route} ({(route.IsPage ? "page" : "endpoint")}{(route.AllowsAnonymous ? ", anonymous" : "")}): {string.Join(", ", route.Handlers.Select(h => h.Name is null ? h.Method : $"{h.Method} {h.Name}"))}");
        }

        Assert.True(routes.Count(r => r.IsPage) >= 15 && routes.Count(r => !r.IsPage) >= 3, "The enumeration found too few pages or endpoints: is it still finding them?");
        Assert.All(routes, r => Assert.True(r.RouteParameters.All(p => p is "id" or "token" or "format" or "code"), $"{r}: the matrix does not know how to fill this route; teach it."));

        var scene = await AccessScene.SetUpAsync(_app, []);
        await _app.Services.GetRequiredService<LinkOpens>().FlushAsync();
        var before = await DatabaseSnapshot.TakeAsync(_app.Services);
        var planBefore = await scene.PlanSummaryAsync(_app);

        var rows = new List<Row>();
        var handled = new List<string>();
        foreach (var route in routes)
        {
            foreach (var probe in ProbesOf(route))
            {
                if (Expect(route, probe) is not { } expected)
                {
                    handled.Add($"{route} {probe}");
                    continue;
                }

                foreach (var caller in Enum.GetValues<Caller>())
                {
                    rows.Add(await CallAsync(scene, route, probe, caller, expected, Contract));
                }
            }
        }

        await _app.Services.GetRequiredService<LinkOpens>().FlushAsync();
        var changes = (await DatabaseSnapshot.TakeAsync(_app.Services)).DifferencesFrom(before);
        Print(rows, handled);
        Assert.True(rows.Count >= 200, $"Only {rows.Count} calls: is the matrix still probing every route?");
        Assert.Equal(planBefore, await scene.PlanSummaryAsync(_app));
        Assert.True(changes.Count == 0, "Requests no handler takes changed the database:\n" + string.Join("\n", changes));
        AssertAnsweredRightly(rows);
        Assert.Empty(_app.Logs.Problems);
    }

    /// <summary>
    /// Before the app refused requests no handler takes, these two rendered their page without its data
    /// loaded and answered 500: a POST without a handler name to pages whose POST handlers all have one.
    /// </summary>
    [Theory]
    [InlineData("")]
    [InlineData("/" + ProgressReviewPage.Slug)]
    public async Task APostWithoutAHandlerName_ToAPlanPageWhosePostsAllHaveOne_Is400_NotA500(string page)
    {
        using var app = new AppFactory();
        var (owner, id) = await app.OwnerWithExamplePlanAsync();
        using var _ = owner;
        var url = PlanOverviewPage.Url(id) + page;
        var token = (await owner.GetAsync(NewPlanPage.Url)).AntiforgeryToken;
        var version = await app.QueryAsync(db => Task.FromResult(db.Plans.Single().Version));

        var answer = await owner.PostAsync(url, [new(HtmlPage.AntiforgeryField, token)]);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(version, await app.QueryAsync(db => Task.FromResult(db.Plans.Single().Version)));
    }

    /// <summary>
    /// A 405 names the methods of the route that was asked (RFC 9110 §15.5.6), whichever page or endpoint
    /// answers it: not the methods of the error page the answer is rendered with.
    /// </summary>
    [Fact]
    public async Task A405_NamesTheMethodsOfTheRouteAsked()
    {
        var routes = await PageHandlerCatalog.RoutesAsync(_app.Services);
        var scene = await AccessScene.SetUpAsync(_app, []);
        var rows = new List<Row>();
        foreach (var route in routes)
        {
            foreach (var probe in ProbesOf(route))
            {
                if (Expect(route, probe) is { Status: HttpStatusCode.MethodNotAllowed } expected)
                {
                    rows.Add(await CallAsync(scene, route, probe, Caller.Owner, expected, new Strictness(ExactAllow: true, VisitorsToo: false)));
                }
            }
        }

        AssertAnsweredRightly(rows);
    }

    /// <summary>An endpoint open to everyone (the calendar feed, the health checks) answers a method it lacks with 405 for a visitor too, not with a sign-in page.</summary>
    [Fact]
    public async Task AWrongMethodOnAnOpenEndpoint_Is405_ForAVisitorToo()
    {
        var endpoints = (await PageHandlerCatalog.RoutesAsync(_app.Services)).Where(r => !r.IsPage && r.AllowsAnonymous).ToList();
        Assert.Contains(endpoints, e => AccessScene.IsFeedRoute(e.Route));
        var scene = await AccessScene.SetUpAsync(_app, []);
        var rows = new List<Row>();
        foreach (var endpoint in endpoints)
        {
            foreach (var probe in ProbesOf(endpoint))
            {
                if (Expect(endpoint, probe) is { } expected)
                {
                    rows.Add(await CallAsync(scene, endpoint, probe, Caller.Anonymous, expected, new Strictness(ExactAllow: false, VisitorsToo: true)));
                }
            }
        }

        AssertAnsweredRightly(rows);
    }

    /// <summary>
    /// A page without handler methods (one that only renders, such as the home page) answers GET; any
    /// other method is one it has no handler for, and gets 405 with <c>Allow: GET</c> like the others.
    /// </summary>
    [Fact]
    public async Task APageThatOnlyRenders_AnswersEveryMethodButGet_With405()
    {
        var pages = (await PageHandlerCatalog.RoutesAsync(_app.Services)).Where(r => r.IsPage && r.Handlers.Count == 0).ToList();
        Assert.Contains(pages, p => p.Route == "");
        var scene = await AccessScene.SetUpAsync(_app, []);
        var rows = new List<Row>();
        foreach (var page in pages)
        {
            foreach (var probe in ProbesOf(page).Where(p => p.Method != "GET"))
            {
                foreach (var caller in Enum.GetValues<Caller>())
                {
                    rows.Add(await CallAsync(scene, page, probe, caller, new Expected(HttpStatusCode.MethodNotAllowed, ["GET"]), Contract));
                }
            }
        }

        AssertAnsweredRightly(rows);
    }

    private static IEnumerable<Probe> ProbesOf(AppRoute route) =>
        route.IsPage
            ? [.. Methods.Select(m => new Probe(m, null)), new Probe("GET", UnknownHandler), new Probe("POST", UnknownHandler)]
            : Methods.Select(m => new Probe(m, null));

    /// <summary>What a probe must get once past sign-in; null when a handler takes it (the access matrix calls those).</summary>
    private static Expected? Expect(AppRoute route, Probe probe)
    {
        if (!route.IsPage)
        {
            return route.Methods.Contains("*") || route.Methods.Contains(probe.Method) ? null : new Expected(HttpStatusCode.MethodNotAllowed, route.Methods);
        }

        if (route.Handlers.Count == 0)
        {
            // A page that only renders: see APageThatOnlyRenders_AnswersEveryMethodButGet_With405.
            return null;
        }

        var sameMethod = route.Handlers.Where(h => h.Method == probe.Method).ToList();
        if (sameMethod.Count == 0)
        {
            return new Expected(HttpStatusCode.MethodNotAllowed, route.Methods);
        }

        // A handler without a name takes its method whatever name the query gives (Razor Pages' default handler).
        if (sameMethod.Any(h => h.Name is null || string.Equals(h.Name, probe.Handler, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return new Expected(probe.Method == "GET" ? HttpStatusCode.NotFound : HttpStatusCode.BadRequest);
    }

    private static async Task<Row> CallAsync(AccessScene scene, AppRoute route, Probe probe, Caller caller, Expected expected, Strictness strictness)
    {
        var (client, antiforgery) = scene.Callers[caller];
        var url = scene.PathFor(route.Route, caller) + (probe.Handler is null ? "" : "?handler=" + probe.Handler);
        using var request = new HttpRequestMessage(new HttpMethod(probe.Method), url);
        if (probe.Method != "GET")
        {
            request.Content = new FormUrlEncodedContent([new(HtmlPage.AntiforgeryField, antiforgery)]);
        }

        using var response = await client.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var allow = response.Content.Headers.Allow.Count > 0 ? string.Join(", ", response.Content.Headers.Allow) : null;
        var location = response.Headers.Location?.OriginalString;
        return new Row(route, probe, caller, (int)response.StatusCode, allow, location, Judge(route, caller, expected, (int)response.StatusCode, allow, location, body, strictness));
    }

    /// <summary>Null if the answer is the one this caller must get; otherwise what is wrong with it.</summary>
    private static string? Judge(AppRoute route, Caller caller, Expected expected, int status, string? allow, string? location, string body, Strictness strictness)
    {
        if (status >= 500)
        {
            return "server error";
        }

        if (caller != Caller.Owner && (body.Contains("Support engineer", StringComparison.Ordinal) || body.Contains("Explains complex problems", StringComparison.Ordinal)))
        {
            return "the answer shows the owner's plan";
        }

        var signedIn = caller is Caller.Owner or Caller.OtherUser;
        var toLogin = status is 302 or 303 && location is not null && new Uri(new Uri("http://localhost"), location).AbsolutePath == LoginPage.Url;
        if (!route.AllowsAnonymous && !signedIn)
        {
            return toLogin ? null : "expected a redirect to /account/login";
        }

        if (!route.IsPage && !signedIn && toLogin && !strictness.VisitorsToo)
        {
            // The app's sign-in requirement covers the answer routing gives a method no endpoint takes: see AWrongMethodOnAnOpenEndpoint_Is405_ForAVisitorToo.
            return null;
        }

        if (status != (int)expected.Status)
        {
            return $"expected {(int)expected.Status}";
        }

        if (expected.Allow is not { } methods)
        {
            return null;
        }

        var given = (allow ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToList();
        if (given.Count == 0)
        {
            return "a 405 without an Allow header";
        }

        return !strictness.ExactAllow || given.SequenceEqual(methods) ? null : $"expected Allow: {string.Join(", ", methods)}";
    }

    private void AssertAnsweredRightly(List<Row> rows)
    {
        Print(rows, []);
        Assert.NotEmpty(rows);
        var problems = rows.Where(r => r.Problem is not null).Select(r => $"{r.Caller} {r.Probe} {r.Route} → {r.Status} {r.Allow} {r.Location}: {r.Problem}").ToList();
        Assert.True(problems.Count == 0, $"{problems.Count} of {rows.Count} calls were answered wrongly:\n" + string.Join("\n", problems));
    }

    private void Print(List<Row> rows, List<string> handled)
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{"Route",-34} {"Probe",-28} {"Caller",-17} {"Status",-6} {"Allow",-12} {"Location",-40} Verdict");
        foreach (var row in rows)
        {
            var location = row.Location is null ? "" : row.Location.Length > 40 ? row.Location[..39] + "…" : row.Location;
            table.AppendLine(CultureInfo.InvariantCulture, $"{row.Route,-34} {row.Probe,-28} {row.Caller,-17} {row.Status,-6} {row.Allow,-12} {location,-40} {row.Problem ?? "ok"}");
        }

        output.WriteLine("");
        output.WriteLine($"Method matrix: {rows.Count} calls ({rows.Select(r => (r.Route, r.Probe)).Distinct().Count()} route × probe pairs no handler takes, × their callers).");
        if (handled.Count > 0)
        {
            output.WriteLine($"Taken by a handler, so left to the access matrix: {string.Join("; ", handled)}.");
        }

        output.WriteLine(table.ToString());
    }
}
