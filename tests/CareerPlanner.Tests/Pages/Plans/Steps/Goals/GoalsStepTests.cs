using System.Net;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;
using static CareerPlanner.Tests.PageObjects.GoalsPage;
using static CareerPlanner.Tests.PageObjects.StepPage;

namespace CareerPlanner.Tests.Pages.Plans.Steps.Goals;

/// <summary>Step 2 through its real form.</summary>
public sealed class GoalsStepTests : IDisposable
{
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Goals_EveryFieldIsSaved_AndGoalsAreGroupedByHorizon()
    {
        using var client = await _app.RegisteredClientAsync();
        var step = new GoalsPage(client, await client.CreatePlanAsync("Goals"));
        var today = DateOnly.FromDateTime(AppFactory.Today.UtcDateTime);

        var saved = await step.SaveAsync(new FormValues
        {
            { DreamJob, "Product manager for a B2B product" },
            { GoalsPage.Intention, "FindAnotherJob" },
            { Opportunities, "AI-assisted support grows demand for customer insight" },
            Goal(0, horizon: "ThreeYears", title: "Product Manager on a B2B team", description: "Own a backlog", targetDate: today.AddYears(3).ToString("yyyy-MM-dd")),
        });
        var page = await client.FollowAsync(saved);
        saved = await client.SubmitAsync(page.Form(), Goal(1, horizon: "OneYear", title: "Ship one feature as PM shadow", targetDate: today.AddMonths(11).ToString("yyyy-MM-dd")), button: Save);
        page = await client.FollowAsync(saved);

        Assert.Equal("Product manager for a B2B product", page.Value(DreamJob));
        Assert.Equal("FindAnotherJob", CheckedIntention(page));
        Assert.Equal("AI-assisted support grows demand for customer insight", page.Value(Opportunities));
        Assert.Equal("Own a backlog", page.Value(GoalField(0, "Description")));
        Assert.Equal([("1 year", "Ship one feature as PM shadow"), ("3 years", "Product Manager on a B2B team")], Horizons(page));
    }

    [Fact]
    public async Task Goals_ATargetDateInThePast_IsRefused_AndTheGoalIsKeptInTheForm()
    {
        using var client = await _app.RegisteredClientAsync();
        var step = new GoalsPage(client, await client.CreatePlanAsync("Past"));

        var page = await step.SaveAsync(new FormValues
        {
            { DreamJob, "UX researcher" },
            Goal(0, horizon: "OneYear", title: "Portfolio with 3 case studies", targetDate: "2020-01-01"),
        }, SaveAndContinue);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("The target date must be after today.", page.FieldError(GoalField(0, "TargetDate")));
        Assert.Equal("Portfolio with 3 case studies", page.Value(GoalField(0, "Title")));
        Assert.Equal("UX researcher", page.Value(DreamJob));
    }
}
