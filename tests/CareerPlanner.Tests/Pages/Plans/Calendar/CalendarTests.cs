using System.Net;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;
using IcalCalendar = Ical.Net.Calendar;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Tests.Pages.Plans.Calendar;

/// <summary>The review rhythm and the calendar feed.</summary>
public sealed class CalendarTests : IDisposable
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(AppFactory.Today.UtcDateTime);
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Cadence_SetsTheNextReviewDate_ShownOnThePlanAndTheDashboard_OverdueWhenPast()
    {
        var (owner, id) = await _app.OwnerWithExamplePlanAsync("rhythm@example.com");
        using var _ = owner;
        var page = await owner.GetAsync(CalendarPage.Url(id));
        Assert.Contains("No review date", page.Text);

        var saved = await owner.FollowAsync(await owner.SubmitAsync(page.Form(CalendarPage.CadenceForm), new Dictionary<string, string> { [CalendarPage.Cadence] = "Monthly" }));
        Assert.Equal("Review rhythm set: every month.", saved.StatusMessage);
        var next = Today.AddMonths(1);
        Assert.Contains($"Next review: {next:d MMM yyyy}.", saved.Text);
        Assert.Contains($"Next review: {next:d MMM yyyy}", (await owner.GetAsync(PlanOverviewPage.Url(id))).Text);
        Assert.Contains(next.ToString("d MMM yyyy"), (await owner.GetAsync(MyPlansPage.Url)).Document.QuerySelector(MyPlansPage.CardDetails)!.TextContent);

        _app.Clock.Advance(TimeSpan.FromDays(33));
        await owner.LoginAsync("rhythm@example.com");
        var later = await owner.GetAsync(MyPlansPage.Url);
        Assert.Contains($"{next:d MMM yyyy} (overdue)", later.Document.QuerySelector(MyPlansPage.CardDetails)!.TextContent);
        Assert.Contains("— overdue", (await owner.GetAsync(PlanOverviewPage.Url(id))).Text);
    }

    [Fact]
    public async Task Cadence_AnInvalidValue_GetsAMessage()
    {
        var (owner, id) = await _app.OwnerWithExamplePlanAsync();
        using var _ = owner;
        var page = await owner.GetAsync(CalendarPage.Url(id));
        var refused = await owner.SubmitAsync(page.Form(CalendarPage.CadenceForm), new Dictionary<string, string> { [CalendarPage.Cadence] = "Weekly" });
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.NotNull(refused.FieldError(CalendarPage.Cadence));
    }

    [Fact]
    public async Task Feed_ParsesAsICalendar_WithDeadlinesGoalsAndTheNextReview_AndStableUids()
    {
        var (owner, id) = await _app.OwnerWithExamplePlanAsync();
        using var _ = owner;
        var page = await owner.GetAsync(CalendarPage.Url(id));
        await owner.SubmitAsync(page.Form(CalendarPage.CadenceForm), new Dictionary<string, string> { [CalendarPage.Cadence] = "Quarterly" });
        var feed = await CalendarPage.SubscribeAsync(owner, id);
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
        await new ActionPlanPage(owner, id).SaveAsync(ActionPlanPage.Action(0, title: "Complete the discovery course (renamed)"));
        var again = IcalCalendar.Load(await subscriber.Http.GetStringAsync(feed))!;
        Assert.Equal(calendar.Events.Select(e => e.Uid).Order(), again.Events.Select(e => e.Uid).Order());
        Assert.Equal("Deadline: Complete the discovery course (renamed)", again.Events.Single(e => e.Uid == $"plan-{id}-action-{course.Id}@careerplanner").Summary);
    }

    [Fact]
    public async Task Feed_ReplacedOrStopped_Is404_AndOnlyItsHashIsStored()
    {
        var (owner, id) = await _app.OwnerWithExamplePlanAsync();
        using var _ = owner;
        var first = await CalendarPage.SubscribeAsync(owner, id);
        var second = await CalendarPage.SubscribeAsync(owner, id);
        using var subscriber = _app.NewClient();

        Assert.Equal(HttpStatusCode.NotFound, (await subscriber.Http.GetAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await subscriber.Http.GetAsync(second)).StatusCode);
        var token = CalendarPage.TokenOf(second);
        Assert.Equal(ShareTokens.Hash(token), await _app.QueryAsync(db => db.Plans.Select(p => p.CalendarTokenHash).SingleAsync()));

        var page = await owner.GetAsync(CalendarPage.Url(id));
        var stopped = await owner.FollowAsync(await owner.SubmitAsync(page.Form(CalendarPage.StopForm)));
        Assert.Equal("Calendar feed stopped: its link no longer works.", stopped.StatusMessage);
        Assert.Equal(HttpStatusCode.NotFound, (await subscriber.Http.GetAsync(second)).StatusCode);
    }

    [Fact]
    public async Task AnotherUser_Gets404OnTheCalendarPage()
    {
        var (owner, id) = await _app.OwnerWithExamplePlanAsync();
        using var _ = owner;
        using var other = await _app.RegisteredClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(CalendarPage.Url(id))).Status);
        var token = (await other.GetAsync(NewPlanPage.Url)).AntiforgeryToken;
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"{CalendarPage.Url(id)}?handler=Subscribe", [new(HtmlPage.AntiforgeryField, token)])).Status);
    }
}
