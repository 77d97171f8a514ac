using System.Globalization;
using System.Net;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Tests.Security;

/// <summary>Who calls in the access checks.</summary>
internal enum Caller
{
    Owner,
    OtherUser,
    Anonymous,
    MentorLinkHolder,
}

/// <summary>
/// The plan the access checks are made against — the example plan (something in every step, two
/// reviews, a milestone), shared twice, commented on, with a calendar feed — and the four callers,
/// each with a client of their own address and a valid antiforgery token of their own.
/// </summary>
internal sealed class AccessScene
{
    public required int PlanId { get; init; }

    /// <summary>The mentor's share-link token.</summary>
    public required string Token { get; init; }

    /// <summary>The owner's calendar feed token.</summary>
    public required string FeedToken { get; init; }

    /// <summary>A well-formed token nobody holds: what a non-holder can try on the mentor page.</summary>
    public string UnknownToken { get; } = ShareTokens.NewToken();

    /// <summary>Values for handlers' own parameters (<c>linkId</c>, <c>commentId</c>…): real rows of the owner's plan.</summary>
    public required Dictionary<string, string> HandlerArguments { get; init; }

    /// <summary>The forms as their rightful users see them, by route and handler: what a call sends, so it would succeed if allowed.</summary>
    public required Dictionary<(string Route, string? Handler), FormSpec> Forms { get; init; }

    public required Dictionary<Caller, (HtmlClient Client, string AntiforgeryToken)> Callers { get; init; }

    public static async Task<AccessScene> SetUpAsync(CapturedApp app, IReadOnlyList<PageHandler> handlers)
    {
        var owner = await app.RegisteredClientAsync("192.0.2.10");
        var other = await app.RegisteredClientAsync("192.0.2.20");
        var anonymous = app.Client("192.0.2.30");
        var mentor = app.Client("192.0.2.40");

        var planId = await owner.CreateExamplePlanAsync();
        Assert.Equal(planId, await app.QueryAsync(db => db.Plans.Select(p => p.Id).SingleAsync()));
        var token = (await owner.ShareAsync(planId, "Matrix mentor"))["/m/".Length..];
        await owner.ShareAsync(planId, "Spare link");
        var mentorPage = await mentor.GetAsync(MentorPage.Url(token));
        Assert.Equal(HttpStatusCode.OK, mentorPage.Status);
        var commented = await mentor.SubmitAsync(mentorPage.Form(MentorPage.CommentForm), new Dictionary<string, string> { [MentorPage.Body] = "A first comment." });
        Assert.Equal(HttpStatusCode.Redirect, commented.Status);

        var feedToken = CalendarPage.TokenOf(await CalendarPage.SubscribeAsync(owner, planId));
        Assert.Equal(ShareTokens.TokenLength, feedToken.Length);

        var linkId = await app.QueryAsync(db => db.ShareLinks.Where(l => l.Label == "Spare link").Select(l => l.Id).SingleAsync());
        var commentId = await app.QueryAsync(db => db.MentorComments.Select(c => c.Id).SingleAsync());
        var milestoneId = await app.QueryAsync(db => Task.FromResult(db.Plans.Single().Milestones[0].Id));
        var arguments = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["linkId"] = linkId.ToString(CultureInfo.InvariantCulture),
            ["commentId"] = commentId.ToString(CultureInfo.InvariantCulture),
            ["milestoneId"] = milestoneId.ToString(),
            ["command"] = "save",
        };

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

        return new AccessScene
        {
            PlanId = planId,
            Token = token,
            FeedToken = feedToken,
            HandlerArguments = arguments,
            Forms = forms,
            Callers = new()
            {
                [Caller.Owner] = (owner, await AntiforgeryTokenAsync(owner, NewPlanPage.Url)),
                [Caller.OtherUser] = (other, await AntiforgeryTokenAsync(other, NewPlanPage.Url)),
                [Caller.Anonymous] = (anonymous, await AntiforgeryTokenAsync(anonymous, LoginPage.Url)),
                [Caller.MentorLinkHolder] = (mentor, await AntiforgeryTokenAsync(mentor, LoginPage.Url)),
            },
        };
    }

    public static bool IsPlanRoute(string route) => route.Contains("{id", StringComparison.Ordinal);

    public static bool IsMentorRoute(string route) => route.StartsWith("m/{token", StringComparison.Ordinal);

    public static bool IsFeedRoute(string route) => route.StartsWith("calendar/{token", StringComparison.Ordinal);

    /// <summary>
    /// The token each caller puts in a capability URL: the holder theirs; the owner and the mentor the
    /// other capability they do hold (a feed token is no share link, and the reverse); everyone else
    /// a well-formed token nobody holds.
    /// </summary>
    public string TokenFor(string route, Caller caller) => (caller, IsFeedRoute(route)) switch
    {
        (Caller.MentorLinkHolder, true) => Token,
        (Caller.MentorLinkHolder, false) => Token,
        (Caller.Owner, _) => FeedToken,
        _ => UnknownToken,
    };

    /// <summary>The path of a route as <paramref name="caller"/> addresses it.</summary>
    public string PathFor(string route, Caller caller) => Fill(route, PlanId, TokenFor(route, caller));

    public static string Fill(string route, int planId, string token) =>
        PageHandler.FillRoute(route, name => name switch
        {
            "id" => planId.ToString(CultureInfo.InvariantCulture),
            "token" => token,
            "format" => "json",
            _ => "",
        });

    /// <summary>What the matrix knows of the owner's plan, in a line, to show it unchanged.</summary>
    public Task<string> PlanSummaryAsync(CapturedApp app) => app.QueryAsync(async db =>
    {
        if (await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == PlanId) is not { } plan)
        {
            return "(deleted)";
        }

        var links = await db.ShareLinks.CountAsync(l => l.PlanId == PlanId);
        var active = await db.ShareLinks.CountAsync(l => l.PlanId == PlanId && l.RevokedAt == null);
        var comments = await db.MentorComments.CountAsync(c => c.PlanId == PlanId);
        var resolved = await db.MentorComments.CountAsync(c => c.PlanId == PlanId && c.ResolvedAt != null);
        var ratings = await db.MentorRatings.CountAsync(r => r.PlanId == PlanId);
        var reviews = await db.Reviews.CountAsync(r => r.PlanId == PlanId);
        return $"“{plan.Title}” version {plan.Version}, updated {plan.UpdatedAt:O}; {links} share links ({active} active), {comments} comments ({resolved} resolved), "
            + $"{ratings} ratings, {reviews} reviews, {plan.Milestones.Count} milestones, {plan.Actions.Count} actions, {plan.Goals.Count} goals, "
            + $"{plan.Skills.Count} skills, {plan.Requirements.Count} requirements, cadence {plan.Cadence}, calendar feed {(plan.CalendarTokenHash is null ? "off" : "on")}";
    });

    private static async Task<string> AntiforgeryTokenAsync(HtmlClient client, string url)
    {
        var page = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.AntiforgeryToken;
    }
}
