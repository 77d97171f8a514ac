using System.Net;
using CareerPlanner.Tests.Infrastructure;
using IcalCalendar = Ical.Net.Calendar;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Tests.Pages.Plans.Calendar;

/// <summary>The review rhythm and the calendar feed.</summary>
public sealed class CalendarTests : IDisposable
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(AppFactory.Today.UtcDateTime);
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<(HtmlClient Owner, int Id)> ExamplePlanAsync(string? email = null)
    {
        var owner = await _app.RegisteredClientAsync(email);
        var empty = await owner.GetAsync("/plans");
        await owner.SubmitAsync(empty.Form("form[action*='handler=Demo']"));
        return (owner, await _app.QueryAsync(db => db.Plans.Select(p => p.Id).SingleAsync()));
    }

    private static async Task<string> CreateFeedAsync(HtmlClient owner, int id)
    {
        var page = await owner.GetAsync($"/plans/{id}/calendar");
        var created = await owner.FollowAsync(await owner.SubmitAsync(page.Form("form[action*='handler=Subscribe']")));
        var url = ((AngleSharp.Html.Dom.IHtmlInputElement)created.Document.QuerySelector("#new-link-url")!).Value;
        Assert.Matches("^http://localhost/calendar/[A-Za-z0-9_-]{43}\\.ics$", url);
        return new Uri(url).AbsolutePath;
    }

    [Fact]
    public async Task Cadence_SetsTheNextReviewDate_ShownOnThePlanAndTheDashboard_OverdueWhenPast()
    {
        var (owner, id) = await ExamplePlanAsync("rhythm@example.com");
        using var _ = owner;
        var page = await owner.GetAsync($"/plans/{id}/calendar");
        Assert.Contains("No review date", page.Text);

        var saved = await owner.FollowAsync(await owner.SubmitAsync(page.Form("form[action*='handler=Cadence']"), new Dictionary<string, string> { ["Cadence"] = "Monthly" }));
        Assert.Equal("Review rhythm set: every month.", saved.StatusMessage);
        var next = Today.AddMonths(1);
        Assert.Contains($"Next review: {next:d MMM yyyy}.", saved.Text);
        Assert.Contains($"Next review: {next:d MMM yyyy}", (await owner.GetAsync($"/plans/{id}")).Text);
        Assert.Contains(next.ToString("d MMM yyyy"), (await owner.GetAsync("/plans")).Document.QuerySelector(".plan-card dl")!.TextContent);

        _app.Clock.Advance(TimeSpan.FromDays(33));
        await owner.LoginAsync("rhythm@example.com");
        var later = await owner.GetAsync("/plans");
        Assert.Contains($"{next:d MMM yyyy} (overdue)", later.Document.QuerySelector(".plan-card dl")!.TextContent);
        Assert.Contains("— overdue", (await owner.GetAsync($"/plans/{id}")).Text);
    }

    [Fact]
    public async Task Cadence_AnInvalidValue_GetsAMessage()
    {
        var (owner, id) = await ExamplePlanAsync();
        using var _ = owner;
        var page = await owner.GetAsync($"/plans/{id}/calendar");
        var refused = await owner.SubmitAsync(page.Form("form[action*='handler=Cadence']"), new Dictionary<string, string> { ["Cadence"] = "Weekly" });
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.NotNull(refused.FieldError("Cadence"));
    }

    [Fact]
    public async Task Feed_ParsesAsICalendar_WithDeadlinesGoalsAndTheNextReview_AndStableUids()
    {
        var (owner, id) = await ExamplePlanAsync();
        using var _ = owner;
        var page = await owner.GetAsync($"/plans/{id}/calendar");
        await owner.SubmitAsync(page.Form("form[action*='handler=Cadence']"), new Dictionary<string, string> { ["Cadence"] = "Quarterly" });
        var feed = await CreateFeedAsync(owner, id);
        using var subscriber = _app.NewClient();

        using var response = await subscriber.Http.GetAsync(feed);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var calendar = IcalCalendar.Load(await response.Content.ReadAsStringAsync())!;

        var plan = await _app.QueryAsync(db => db.Plans.SingleAsync());
        var deadlines = plan.Actions.Where(a => a.Deadline is not null && a.Status != ActionStatus.Dropped).ToList();
        Assert.Equal(deadlines.Count + plan.Goals.Count + 1, calendar.Events.Count);
        var course = deadlines[0];
        var courseEvent = calendar.Events.Single(e => e.Uid == $"plan-{id}-action-{course.Id}@careerplanner");
        Assert.Equal($"Deadline: {course.Title}", courseEvent.Summary);
        Assert.Equal(course.Deadline!.Value, DateOnly.FromDateTime(courseEvent.DtStart!.Value));
        Assert.Contains(calendar.Events, e => e.Summary == $"Goal (3 years): {plan.Goals[1].Title}" && DateOnly.FromDateTime(e.DtStart!.Value) == plan.Goals[1].TargetDate);
        Assert.Contains(calendar.Events, e => e.Summary!.StartsWith("Review your career plan", StringComparison.Ordinal) && DateOnly.FromDateTime(e.DtStart!.Value) == plan.NextReviewDate);

        // After an edit the same events come back with the same UIDs: calendars update, not duplicate.
        await owner.FillAsync($"/plans/{id}/action-plan", new Dictionary<string, string> { ["Input.Actions[0].Title"] = "Complete the discovery course (renamed)" }, button: "Save");
        var again = IcalCalendar.Load(await subscriber.Http.GetStringAsync(feed))!;
        Assert.Equal(calendar.Events.Select(e => e.Uid).Order(), again.Events.Select(e => e.Uid).Order());
        Assert.Equal("Deadline: Complete the discovery course (renamed)", again.Events.Single(e => e.Uid == $"plan-{id}-action-{course.Id}@careerplanner").Summary);
    }

    [Fact]
    public async Task Feed_ReplacedOrStopped_Is404_AndOnlyItsHashIsStored()
    {
        var (owner, id) = await ExamplePlanAsync();
        using var _ = owner;
        var first = await CreateFeedAsync(owner, id);
        var second = await CreateFeedAsync(owner, id);
        using var subscriber = _app.NewClient();

        Assert.Equal(HttpStatusCode.NotFound, (await subscriber.Http.GetAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await subscriber.Http.GetAsync(second)).StatusCode);
        var token = second["/calendar/".Length..^".ics".Length];
        Assert.Equal(ShareTokens.Hash(token), await _app.QueryAsync(db => db.Plans.Select(p => p.CalendarTokenHash).SingleAsync()));

        var page = await owner.GetAsync($"/plans/{id}/calendar");
        var stopped = await owner.FollowAsync(await owner.SubmitAsync(page.Form("form[action*='handler=Stop']")));
        Assert.Equal("Calendar feed stopped: its link no longer works.", stopped.StatusMessage);
        Assert.Equal(HttpStatusCode.NotFound, (await subscriber.Http.GetAsync(second)).StatusCode);
    }

    [Fact]
    public async Task AnotherUser_Gets404OnTheCalendarPage()
    {
        var (owner, id) = await ExamplePlanAsync();
        using var _ = owner;
        using var other = await _app.RegisteredClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/plans/{id}/calendar")).Status);
        var token = (await other.GetAsync("/plans/new")).Document.QuerySelector("main input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/plans/{id}/calendar?handler=Subscribe", [new("__RequestVerificationToken", token)])).Status);
    }
}
