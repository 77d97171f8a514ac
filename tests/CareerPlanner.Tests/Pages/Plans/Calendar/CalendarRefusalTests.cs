using System.Net;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Tests.Pages.Plans.Calendar;

/// <summary>A calendar change that was not saved never says it was.</summary>
public sealed class CalendarRefusalTests : IDisposable
{
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ASubscribeRefusedForABadField_ShowsTheError_AndNoFeedLink_AndSavesNothing()
    {
        using var owner = await _app.RegisteredClientAsync();
        var id = await owner.CreatePlanAsync("Rhythm");
        var page = await owner.GetAsync(CalendarPage.Url(id));

        // A crafted request: the rhythm field sent along with the subscribe button cannot be read.
        var answer = await owner.SubmitAsync(page.Form(CalendarPage.SubscribeForm), new Dictionary<string, string> { [CalendarPage.Cadence] = "sometimes" });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Null(answer.Document.QuerySelector(SharePage.NewLinkField));
        Assert.DoesNotContain("Calendar link created", answer.Text);
        Assert.NotEmpty(answer.SummaryErrors);
        Assert.Null(await _app.QueryAsync(db => db.Plans.Select(p => p.CalendarTokenHash).SingleAsync()));
    }

    [Fact]
    public async Task AStopRefusedForABadField_DoesNotSayTheFeedStopped()
    {
        using var owner = await _app.RegisteredClientAsync();
        var id = await owner.CreatePlanAsync("Rhythm");
        var page = await owner.GetAsync(CalendarPage.Url(id));
        await owner.SubmitAsync(page.Form(CalendarPage.SubscribeForm));
        page = await owner.GetAsync(CalendarPage.Url(id));

        var answer = await owner.SubmitAsync(page.Form(CalendarPage.StopForm), new Dictionary<string, string> { [CalendarPage.Cadence] = "sometimes" });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.DoesNotContain("Calendar feed stopped", answer.Text);
        Assert.NotNull(await _app.QueryAsync(db => db.Plans.Select(p => p.CalendarTokenHash).SingleAsync()));
    }
}
