using System.Net;
using CareerPlanner.Tests.Infrastructure;

namespace CareerPlanner.Tests.PageObjects;

/// <summary>"Review rhythm and calendar", <c>/plans/{id}/calendar</c>: the cadence and the calendar feed link.</summary>
public static class CalendarPage
{
    public const string CadenceForm = "form[action*='handler=Cadence']";
    public const string SubscribeForm = "form[action*='handler=Subscribe']";
    public const string StopForm = "form[action*='handler=Stop']";

    public const string Cadence = "Cadence";

    public static string Url(int planId) => $"/plans/{planId}/calendar";

    /// <summary>Creates (or replaces) the plan's calendar feed and returns its address, <c>/calendar/{token}.ics</c>.</summary>
    public static async Task<string> SubscribeAsync(HtmlClient owner, int planId)
    {
        var page = await owner.GetAsync(Url(planId));
        var subscribed = await owner.SubmitAsync(page.Form(SubscribeForm));
        Assert.Equal(HttpStatusCode.Redirect, subscribed.Status);
        var url = SharePage.NewLinkUrl(await owner.FollowAsync(subscribed));
        Assert.Matches("^http://localhost/calendar/[A-Za-z0-9_-]{43}\\.ics$", url);
        return new Uri(url).AbsolutePath;
    }

    /// <summary>The token of a feed address.</summary>
    public static string TokenOf(string feed) => feed["/calendar/".Length..^".ics".Length];
}
