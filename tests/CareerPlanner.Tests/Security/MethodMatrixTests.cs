using System.Net;
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
    private readonly CapturedApp _app = new();

    public void Dispose() => _app.Dispose();

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

        var rows = new List<MethodProbes.Row>();
        var handled = new List<string>();
        foreach (var route in routes)
        {
            foreach (var probe in MethodProbes.ProbesOf(route))
            {
                if (MethodProbes.Expect(route, probe) is not { } expected)
                {
                    handled.Add($"{route} {probe}");
                    continue;
                }

                foreach (var caller in Enum.GetValues<Caller>())
                {
                    rows.Add(await MethodProbes.CallAsync(scene, route, probe, caller, expected, MethodProbes.Contract));
                }
            }
        }

        await _app.Services.GetRequiredService<LinkOpens>().FlushAsync();
        var changes = (await DatabaseSnapshot.TakeAsync(_app.Services)).DifferencesFrom(before);
        output.WriteLine(MethodProbes.Table(rows, handled));
        Assert.True(rows.Count >= 200, $"Only {rows.Count} calls: is the matrix still probing every route?");
        Assert.Equal(planBefore, await scene.PlanSummaryAsync(_app));
        Assert.True(changes.Count == 0, "Requests no handler takes changed the database:\n" + string.Join("\n", changes));
        MethodProbes.AssertAnsweredRightly(rows, output);
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
        var rows = new List<MethodProbes.Row>();
        foreach (var route in routes)
        {
            foreach (var probe in MethodProbes.ProbesOf(route))
            {
                if (MethodProbes.Expect(route, probe) is { Status: HttpStatusCode.MethodNotAllowed } expected)
                {
                    rows.Add(await MethodProbes.CallAsync(scene, route, probe, Caller.Owner, expected, new MethodProbes.Strictness(ExactAllow: true, VisitorsToo: false)));
                }
            }
        }

        MethodProbes.AssertAnsweredRightly(rows, output);
    }

    /// <summary>An endpoint open to everyone (the calendar feed, the health checks) answers a method it lacks with 405 for a visitor too, not with a sign-in page.</summary>
    [Fact]
    public async Task AWrongMethodOnAnOpenEndpoint_Is405_ForAVisitorToo()
    {
        var endpoints = (await PageHandlerCatalog.RoutesAsync(_app.Services)).Where(r => !r.IsPage && r.AllowsAnonymous).ToList();
        Assert.Contains(endpoints, e => AccessScene.IsFeedRoute(e.Route));
        var scene = await AccessScene.SetUpAsync(_app, []);
        var rows = new List<MethodProbes.Row>();
        foreach (var endpoint in endpoints)
        {
            foreach (var probe in MethodProbes.ProbesOf(endpoint))
            {
                if (MethodProbes.Expect(endpoint, probe) is { } expected)
                {
                    rows.Add(await MethodProbes.CallAsync(scene, endpoint, probe, Caller.Anonymous, expected, new MethodProbes.Strictness(ExactAllow: false, VisitorsToo: true)));
                }
            }
        }

        MethodProbes.AssertAnsweredRightly(rows, output);
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
        var rows = new List<MethodProbes.Row>();
        foreach (var page in pages)
        {
            foreach (var probe in MethodProbes.ProbesOf(page).Where(p => p.Method != "GET"))
            {
                foreach (var caller in Enum.GetValues<Caller>())
                {
                    rows.Add(await MethodProbes.CallAsync(scene, page, probe, caller, new MethodProbes.Expected(HttpStatusCode.MethodNotAllowed, ["GET"]), MethodProbes.Contract));
                }
            }
        }

        MethodProbes.AssertAnsweredRightly(rows, output);
    }
}
