using System.Net;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;
using Microsoft.EntityFrameworkCore;
using static CareerPlanner.Tests.PageObjects.ProgressReviewPage;

namespace CareerPlanner.Tests.Pages.Plans.Steps.ProgressReview;

/// <summary>Step 5 through its real forms: check-ins and milestones.</summary>
public sealed class ProgressReviewStepTests : IDisposable
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(AppFactory.Today.UtcDateTime);
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private static string Iso(DateOnly date) => ActionPlanPage.Iso(date);

    [Fact]
    public async Task ProgressReview_RecordsACheckIn_UpdatesTheActions_AndShowsWhatChanged()
    {
        var (client, id) = await _app.OwnerWithGoalAndGapAsync();
        using var _ = client;
        await client.AddGoodActionAsync(id);

        var review = await new ProgressReviewPage(client, id).OpenAsync();
        Assert.Equal(Iso(Today), review.Value(ReviewDate));
        Assert.Equal("10", review.Value(ProgressField(0, "PercentDone")));
        var first = await client.SubmitAsync(review.Form(ReviewForm), new FormValues
        {
            { ReviewDate, Iso(Today.AddDays(-3)) },
            { Reflection, "Module 2 **done**" },
            { Changes, "Block Fridays" },
            Progress(0, status: "InProgress", percentDone: "25"),
        });
        review = await client.FollowAsync(first);
        Assert.Equal("Review recorded. A snapshot of your plan is kept with it.", review.StatusMessage);

        var second = await client.SubmitAsync(review.Form(ReviewForm), new FormValues
        {
            { Reflection, "Course finished" },
            Progress(0, status: "Done", percentDone: "100"),
        });
        review = await client.FollowAsync(second);

        var history = review.Document.QuerySelectorAll(History).ToList();
        Assert.Equal(2, history.Count);
        Assert.Contains("Course finished", history[0].TextContent);
        Assert.Contains("Completed: “Complete the Product Discovery course”.", history[0].QuerySelector("details")!.TextContent);
        Assert.Equal("done", history[1].QuerySelector("strong")!.TextContent);
        Assert.Contains("Your first review.", history[1].TextContent);
        var trend = review.Document.QuerySelector(TrendDescription)!.TextContent;
        Assert.Contains("0 % of actions done", trend);
        Assert.Contains("100 % of actions done", trend);
        Assert.Contains("Nothing in the plan has changed since that review.", review.Text);
        // What the latest check-in recorded is said in the open, not only in the collapsed history.
        var latest = review.Document.QuerySelector(ProgressOverTime)!.TextContent;
        Assert.Contains("Completed: “Complete the Product Discovery course”.", latest);
        var action = await _app.QueryAsync(db => Task.FromResult(db.Plans.Single().Actions.Single()));
        Assert.Equal((ActionStatus.Done, 100), (action.Status, action.PercentDone));
        Assert.Equal(2, await _app.QueryAsync(db => Task.FromResult(db.Reviews.Count())));
    }

    [Fact]
    public async Task ProgressReview_AReviewInTheFuture_IsRefused_AndKeepsTheReflection()
    {
        var (client, id) = await _app.OwnerWithGoalAndGapAsync();
        using var _ = client;

        var page = await new ProgressReviewPage(client, id).CheckInAsync(new FormValues
        {
            { ReviewDate, Iso(Today.AddDays(1)) },
            { Reflection, "Ahead of myself" },
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("A review cannot be dated in the future.", page.FieldError(ReviewDate));
        Assert.Equal("Ahead of myself", page.Value(Reflection));
        Assert.Equal(0, await _app.QueryAsync(db => Task.FromResult(db.Reviews.Count())));
    }

    [Fact]
    public async Task Milestone_IsCelebrated_AndCanBeRemoved()
    {
        var (client, id) = await _app.OwnerWithGoalAndGapAsync();
        using var _ = client;

        var added = await new ProgressReviewPage(client, id).AddMilestoneAsync(new FormValues
        {
            { ProgressReviewPage.MilestoneKind, "PerformanceReview" },
            { MilestoneNote, "Exceeds expectations" },
            { MilestoneDate, Iso(Today) },
        });
        var page = await client.FollowAsync(added);

        Assert.Equal("Milestone reached — Performance review: Exceeds expectations! Take a moment to celebrate: you earned it.", page.Document.QuerySelector(Celebration)!.TextContent.Trim());
        Assert.Contains("Performance review", page.Document.QuerySelector(MilestoneList)!.TextContent);

        var removed = await client.SubmitAsync(page.Form(RemoveMilestoneForm));
        page = await client.FollowAsync(removed);
        Assert.Equal("Milestone removed.", page.StatusMessage);
        Assert.Null(page.Document.QuerySelector(MilestoneList));
    }

    [Fact]
    public async Task ARefusedMilestone_LeavesTheCheckInFormReady_AndARefusedReviewTheMilestoneForm()
    {
        var (client, id) = await _app.OwnerWithGoalAndGapAsync();
        using var _ = client;
        await client.AddGoodActionAsync(id);
        var step = new ProgressReviewPage(client, id);

        var refusedMilestone = await step.AddMilestoneAsync(new FormValues { { MilestoneNote, "No kind" } });
        Assert.Equal(Iso(Today), refusedMilestone.Value(ReviewDate));
        Assert.Equal("10", refusedMilestone.Value(ProgressField(0, "PercentDone")));
        Assert.Single(refusedMilestone.Document.QuerySelectorAll(".error-summary"));

        var refusedReview = await step.CheckInAsync(new FormValues { { ReviewDate, "1990-01-01" } });
        Assert.Equal("A review more than 10 years ago is probably a typo: check the year.", refusedReview.FieldError(ReviewDate));
        Assert.Equal(Iso(Today), refusedReview.Value(MilestoneDate));
    }

    [Theory]
    [InlineData("", "Exceeds", ProgressReviewPage.MilestoneKind, "Choose what kind of milestone it is.")]
    [InlineData("Promotion", "Too early", ProgressReviewPage.MilestoneDate, "A milestone is recorded once reached: its date cannot be in the future.")]
    public async Task Milestone_BadInput_ShowsAMessage_AndKeepsTheNote(string kind, string note, string field, string message)
    {
        var (client, id) = await _app.OwnerWithGoalAndGapAsync();
        using var _ = client;

        var page = await new ProgressReviewPage(client, id).AddMilestoneAsync(new FormValues
        {
            { ProgressReviewPage.MilestoneKind, kind },
            { MilestoneNote, note },
            { MilestoneDate, Iso(Today.AddDays(5)) },
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(message, page.FieldError(field));
        Assert.Equal(note, page.Value(MilestoneNote));
    }

    [Fact]
    public async Task ACheckInOrMilestoneFromAnOlderPage_IsRecorded_WhenWhatItChangesWasNotChangedElsewhere()
    {
        var (client, id) = await _app.OwnerWithGoalAndGapAsync();
        using var _ = client;
        await client.AddGoodActionAsync(id);
        var older = await new ProgressReviewPage(client, id).OpenAsync();
        await new GoalsPage(client, id).SaveAsync(new FormValues { { GoalsPage.DreamJob, "Changed elsewhere" } });

        var review = await client.SubmitAsync(older.Form(ReviewForm), new FormValues
        {
            { Reflection, "From the older page" },
            Progress(0, percentDone: "40"),
        });
        var milestone = await client.SubmitAsync(older.Form(MilestoneForm), new FormValues
        {
            { ProgressReviewPage.MilestoneKind, "NewConnection" },
            { MilestoneDate, Iso(Today) },
        });

        Assert.Equal(HttpStatusCode.Redirect, review.Status);
        Assert.Equal(HttpStatusCode.Redirect, milestone.Status);
        var plan = await _app.QueryAsync(db => Task.FromResult(db.Plans.Single()));
        Assert.Equal("Changed elsewhere", plan.DreamJob);
        Assert.Equal(40, plan.Actions.Single().PercentDone);
        Assert.Single(plan.Milestones);
    }

    [Fact]
    public async Task ACheckIn_ChangingAnActionThatWasChangedElsewhere_IsRefusedForThatAction_AndKeepsTheInput()
    {
        var (client, id) = await _app.OwnerWithGoalAndGapAsync();
        using var _ = client;
        await client.AddGoodActionAsync(id);
        var older = await new ProgressReviewPage(client, id).OpenAsync();
        var actionPage = await new ActionPlanPage(client, id).OpenAsync();
        await client.SubmitAsync(actionPage.Form(), ActionPlanPage.Action(0, percentDone: "60"), button: StepPage.Save);

        var refused = await client.SubmitAsync(older.Form(ReviewForm), new FormValues
        {
            { Reflection, "Typed in the older page" },
            Progress(0, percentDone: "30"),
        });

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("Changed elsewhere since you opened this page: it is now in progress, 60 %. Check your values and record again.", refused.FieldError(ProgressField(0, "Status")));
        Assert.Equal("Typed in the older page", refused.Value(Reflection));
        Assert.Equal("30", refused.Value(ProgressField(0, "PercentDone")));
        Assert.Equal(0, await _app.QueryAsync(db => Task.FromResult(db.Reviews.Count())));

        var again = await client.SubmitAsync(refused.Form(ReviewForm));
        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        Assert.Equal(30, await _app.QueryAsync(db => Task.FromResult(db.Plans.Single().Actions.Single().PercentDone)));
    }

    [Fact]
    public async Task FiftyParallelCheckIns_AreAllRecorded()
    {
        var (client, id) = await _app.OwnerWithGoalAndGapAsync();
        using var _ = client;
        await client.AddGoodActionAsync(id);
        var review = await new ProgressReviewPage(client, id).OpenAsync();
        var form = review.Form(ReviewForm);

        var results = await Task.WhenAll(Enumerable.Range(1, 50).Select(i =>
            client.SubmitAsync(form, new Dictionary<string, string> { [Reflection] = $"Check-in {i}" })));

        Assert.All(results, r => Assert.Equal(HttpStatusCode.Redirect, r.Status));
        var reflections = await _app.QueryAsync(db => db.Reviews.Select(r => r.Reflection).ToListAsync());
        Assert.Equal(50, reflections.Count);
        Assert.Equal(Enumerable.Range(1, 50).Select(i => $"Check-in {i}").Order(), reflections.Order());
    }
}
