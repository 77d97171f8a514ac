using System.Net;
using CareerPlanner.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Tests.Pages.Plans.Steps.ActionPlan;

/// <summary>Steps 4 and 5 through their real forms.</summary>
public sealed class ActionPlanStepTests : IDisposable
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(AppFactory.Today.UtcDateTime);
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private static string Url(int id, string step) => $"/plans/{id}/{step}";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd");

    private async Task<(HtmlClient Client, int Id)> PlanWithGoalAndGapAsync()
    {
        var client = await _app.RegisteredClientAsync();
        var id = await client.CreatePlanAsync("Actions");
        await client.FillAsync(Url(id, "goals"), new Dictionary<string, string>
        {
            ["Input.Goals[0].Horizon"] = "ThreeYears",
            ["Input.Goals[0].Title"] = "Product Manager",
            ["Input.Goals[0].TargetDate"] = Iso(Today.AddYears(3)),
        }, button: "Save");
        await client.FillAsync(Url(id, "gap-analysis"), new Dictionary<string, string>
        {
            ["Input.TargetRoleTitle"] = "PM",
            ["Input.Requirements[0].Kind"] = "Skill",
            ["Input.Requirements[0].Name"] = "Roadmapping",
            ["Input.Requirements[0].RequiredLevel"] = "4",
            ["Input.Requirements[0].CurrentLevel"] = "1",
            ["Input.Requirements[0].ClosedBy"] = "Training",
            ["Input.Requirements[0].Priority"] = "High",
        }, button: "Save");
        return (client, id);
    }

    private static Dictionary<string, string> GoodAction(HtmlPage page, int row) => new()
    {
        [$"Input.Actions[{row}].Title"] = "Complete the Product Discovery course",
        [$"Input.Actions[{row}].Kind"] = "Course",
        [$"Input.Actions[{row}].Specific"] = "All 8 modules and the capstone",
        [$"Input.Actions[{row}].Measure"] = "Capstone graded at least 80 %",
        [$"Input.Actions[{row}].EffortHours"] = "30.5",
        [$"Input.Actions[{row}].Resources"] = "Two evenings a week",
        [$"Input.Actions[{row}].BudgetAmount"] = "390",
        [$"Input.Actions[{row}].BudgetCurrency"] = "eur",
        [$"Input.Actions[{row}].GoalId"] = OptionValue(page, $"Input.Actions[{row}].GoalId", "Product Manager"),
        [$"Input.Actions[{row}].RequirementId"] = OptionValue(page, $"Input.Actions[{row}].RequirementId", "Roadmapping"),
        [$"Input.Actions[{row}].Start"] = Iso(Today.AddDays(14)),
        [$"Input.Actions[{row}].Deadline"] = Iso(Today.AddMonths(3)),
        [$"Input.Actions[{row}].Status"] = "InProgress",
        [$"Input.Actions[{row}].PercentDone"] = "10",
    };

    private static string OptionValue(HtmlPage page, string select, string startsWith) =>
        page.Document.QuerySelectorAll($"select[name='{select}'] option").First(o => o.TextContent.StartsWith(startsWith, StringComparison.Ordinal)).GetAttribute("value")!;

    [Fact]
    public async Task ActionPlan_EveryFieldIsSaved_AndAWellFormedActionPassesTheSmartCheck()
    {
        var (client, id) = await PlanWithGoalAndGapAsync();
        using var _ = client;
        var page = await client.GetAsync(Url(id, "action-plan"));

        var saved = await client.SubmitAsync(page.Form(), GoodAction(page, 0), button: "Save");
        page = await client.FollowAsync(saved);

        Assert.Equal("Complete the Product Discovery course", page.Value("Input.Actions[0].Title"));
        Assert.Equal("Course", page.Value("Input.Actions[0].Kind"));
        Assert.Equal("All 8 modules and the capstone", page.Value("Input.Actions[0].Specific"));
        Assert.Equal("Capstone graded at least 80 %", page.Value("Input.Actions[0].Measure"));
        Assert.Equal("30.5", page.Value("Input.Actions[0].EffortHours"));
        Assert.Equal("Two evenings a week", page.Value("Input.Actions[0].Resources"));
        Assert.Equal("390", page.Value("Input.Actions[0].BudgetAmount"));
        Assert.Equal("EUR", page.Value("Input.Actions[0].BudgetCurrency"));
        Assert.StartsWith("Product Manager", page.Document.QuerySelector("select[name='Input.Actions[0].GoalId'] option:checked")!.TextContent);
        Assert.StartsWith("Roadmapping", page.Document.QuerySelector("select[name='Input.Actions[0].RequirementId'] option:checked")!.TextContent);
        Assert.Equal(Iso(Today.AddDays(14)), page.Value("Input.Actions[0].Start"));
        Assert.Equal(Iso(Today.AddMonths(3)), page.Value("Input.Actions[0].Deadline"));
        Assert.Equal("InProgress", page.Value("Input.Actions[0].Status"));
        Assert.Equal("10", page.Value("Input.Actions[0].PercentDone"));
        Assert.Equal("SMART on all five counts.", page.Document.QuerySelector(".row-card .smart-ok")!.TextContent.Trim());
        Assert.Contains("Every goal has at least one action.", page.Text);
        Assert.Contains("Every high-priority gap has an action.", page.Text);
        Assert.Contains("390 EUR", page.Document.QuerySelector("table[aria-labelledby=budget-title]")!.TextContent);
        Assert.Contains("Complete the Product Discovery course", page.Document.QuerySelector("svg.timeline-chart desc")!.TextContent);
    }

    [Fact]
    public async Task ActionPlan_AVagueAction_IsSavedAndFlaggedOnEveryCriterion()
    {
        var (client, id) = await PlanWithGoalAndGapAsync();
        using var _ = client;

        var saved = await client.FillAsync(Url(id, "action-plan"), new Dictionary<string, string>
        {
            ["Input.Actions[0].Title"] = "Get better at prioritising",
            ["Input.Actions[0].Kind"] = "Other",
        }, button: "Save");
        var page = await client.FollowAsync(saved);

        var badges = page.Document.QuerySelectorAll(".row-card .badge").Select(b => b.ClassList.Contains("badge-fail")).ToList();
        Assert.Equal([true, true, true, true, true], badges);
        var findings = page.Document.QuerySelectorAll(".row-card .smart-findings li").Select(li => li.TextContent).ToList();
        Assert.Contains(findings, f => f.StartsWith("“get better” is vague", StringComparison.Ordinal));
        Assert.Contains("No measure of success: how will you know it is done?", findings);
        Assert.Contains("No deadline.", findings);
        Assert.Contains("Product Manager", page.Document.QuerySelector(".coverage")!.TextContent);
        Assert.Contains("Roadmapping", page.Document.QuerySelector(".coverage")!.TextContent);
    }

    [Theory]
    [InlineData("Input.Actions[0].Deadline", "2026-12-01", "The deadline cannot be before the start.")]
    [InlineData("Input.Actions[0].PercentDone", "101", "Progress must be between 0 and 100 %.")]
    [InlineData("Input.Actions[0].BudgetCurrency", "euros", "Currency must be a three-letter code such as EUR, USD or GBP.")]
    [InlineData("Input.Actions[0].BudgetAmount", "-5", "Budget must be between 0 and 10,000,000.")]
    [InlineData("Input.Actions[0].EffortHours", "lots", "“lots” is not a valid value for Effort (hours).")]
    public async Task ActionPlan_BadInput_ShowsAMessageByTheField_AndKeepsEverything(string field, string value, string message)
    {
        var (client, id) = await PlanWithGoalAndGapAsync();
        using var _ = client;
        var page = await client.GetAsync(Url(id, "action-plan"));
        var values = GoodAction(page, 0);
        values["Input.Actions[0].Start"] = "2026-12-10";
        values[field] = value;

        var result = await client.SubmitAsync(page.Form(), values, button: "Save");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(message, result.FieldError(field));
        Assert.Equal(value, result.Value(field));
        Assert.Equal("Complete the Product Discovery course", result.Value("Input.Actions[0].Title"));
        Assert.Empty(await _app.QueryAsync(db => Task.FromResult(db.Plans.Single().Actions.ToList())));
    }

    [Fact]
    public async Task ActionPlan_AKindIsRequired_ForANewAction()
    {
        var (client, id) = await PlanWithGoalAndGapAsync();
        using var _ = client;

        var page = await client.FillAsync(Url(id, "action-plan"), new Dictionary<string, string> { ["Input.Actions[0].Title"] = "Read two books" }, button: "Save");

        Assert.Equal("Choose a kind of action.", page.FieldError("Input.Actions[0].Kind"));
        Assert.Equal("Read two books", page.Value("Input.Actions[0].Title"));
    }

    [Fact]
    public async Task ProgressReview_RecordsACheckIn_UpdatesTheActions_AndShowsWhatChanged()
    {
        var (client, id) = await PlanWithGoalAndGapAsync();
        using var _ = client;
        var page = await client.GetAsync(Url(id, "action-plan"));
        await client.SubmitAsync(page.Form(), GoodAction(page, 0), button: "Save");

        var review = await client.GetAsync(Url(id, "progress-review"));
        Assert.Equal(Iso(Today), review.Value("Review.Date"));
        Assert.Equal("10", review.Value("Review.Progress[0].PercentDone"));
        var first = await client.SubmitAsync(review.Form("form[action*='handler=Review']"), new Dictionary<string, string>
        {
            ["Review.Date"] = Iso(Today.AddDays(-3)),
            ["Review.Reflection"] = "Module 2 **done**",
            ["Review.Changes"] = "Block Fridays",
            ["Review.Progress[0].Status"] = "InProgress",
            ["Review.Progress[0].PercentDone"] = "25",
        });
        review = await client.FollowAsync(first);
        Assert.Equal("Review recorded. A snapshot of your plan is kept with it.", review.StatusMessage);

        var second = await client.SubmitAsync(review.Form("form[action*='handler=Review']"), new Dictionary<string, string>
        {
            ["Review.Reflection"] = "Course finished",
            ["Review.Progress[0].Status"] = "Done",
            ["Review.Progress[0].PercentDone"] = "100",
        });
        review = await client.FollowAsync(second);

        var history = review.Document.QuerySelectorAll(".review-list > li").ToList();
        Assert.Equal(2, history.Count);
        Assert.Contains("Course finished", history[0].TextContent);
        Assert.Contains("Completed: “Complete the Product Discovery course”.", history[0].QuerySelector("details")!.TextContent);
        Assert.Equal("done", history[1].QuerySelector("strong")!.TextContent);
        Assert.Contains("Your first review.", history[1].TextContent);
        var trend = review.Document.QuerySelector("svg.trend-chart desc")!.TextContent;
        Assert.Contains("0 % of actions done", trend);
        Assert.Contains("100 % of actions done", trend);
        Assert.Contains("Nothing has changed since your last review.", review.Text);
        var action = await _app.QueryAsync(db => Task.FromResult(db.Plans.Single().Actions.Single()));
        Assert.Equal((ActionStatus.Done, 100), (action.Status, action.PercentDone));
        Assert.Equal(2, await _app.QueryAsync(db => Task.FromResult(db.Reviews.Count())));
    }

    [Fact]
    public async Task ProgressReview_AReviewInTheFuture_IsRefused_AndKeepsTheReflection()
    {
        var (client, id) = await PlanWithGoalAndGapAsync();
        using var _ = client;

        var page = await client.FillAsync(Url(id, "progress-review"), new Dictionary<string, string>
        {
            ["Review.Date"] = Iso(Today.AddDays(1)),
            ["Review.Reflection"] = "Ahead of myself",
        }, formSelector: "form[action*='handler=Review']");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("A review cannot be dated in the future.", page.FieldError("Review.Date"));
        Assert.Equal("Ahead of myself", page.Value("Review.Reflection"));
        Assert.Equal(0, await _app.QueryAsync(db => Task.FromResult(db.Reviews.Count())));
    }

    [Fact]
    public async Task Milestone_IsCelebrated_AndCanBeRemoved()
    {
        var (client, id) = await PlanWithGoalAndGapAsync();
        using var _ = client;

        var added = await client.FillAsync(Url(id, "progress-review"), new Dictionary<string, string>
        {
            ["Milestone.Kind"] = "PerformanceReview",
            ["Milestone.Note"] = "Exceeds expectations",
            ["Milestone.Date"] = Iso(Today),
        }, formSelector: "form[action*='handler=Milestone']");
        var page = await client.FollowAsync(added);

        Assert.Equal("Milestone reached — Performance review: Exceeds expectations! Take a moment to celebrate: you earned it.", page.Document.QuerySelector(".celebration p")!.TextContent.Trim());
        Assert.Contains("Performance review", page.Document.QuerySelector(".milestone-list")!.TextContent);

        var removed = await client.SubmitAsync(page.Form("form[action*='handler=RemoveMilestone']"));
        page = await client.FollowAsync(removed);
        Assert.Equal("Milestone removed.", page.StatusMessage);
        Assert.Null(page.Document.QuerySelector(".milestone-list"));
    }

    [Fact]
    public async Task ARefusedMilestone_LeavesTheCheckInFormReady_AndARefusedReviewTheMilestoneForm()
    {
        var (client, id) = await PlanWithGoalAndGapAsync();
        using var _ = client;
        var page = await client.GetAsync(Url(id, "action-plan"));
        await client.SubmitAsync(page.Form(), GoodAction(page, 0), button: "Save");

        var refusedMilestone = await client.FillAsync(Url(id, "progress-review"), new Dictionary<string, string> { ["Milestone.Note"] = "No kind" },
            formSelector: "form[action*='handler=Milestone']");
        Assert.Equal(Iso(Today), refusedMilestone.Value("Review.Date"));
        Assert.Equal("10", refusedMilestone.Value("Review.Progress[0].PercentDone"));
        Assert.Single(refusedMilestone.Document.QuerySelectorAll(".error-summary"));

        var refusedReview = await client.FillAsync(Url(id, "progress-review"), new Dictionary<string, string> { ["Review.Date"] = "1990-01-01" },
            formSelector: "form[action*='handler=Review']");
        Assert.Equal("A review more than 10 years ago is probably a typo: check the year.", refusedReview.FieldError("Review.Date"));
        Assert.Equal(Iso(Today), refusedReview.Value("Milestone.Date"));
    }

    [Fact]
    public async Task ErrorSummary_SaysWhichRowEachErrorIsAbout_AndLinksToTheField()
    {
        var (client, id) = await PlanWithGoalAndGapAsync();
        using var _ = client;
        var page = await client.GetAsync(Url(id, "action-plan"));
        var values = GoodAction(page, 0);
        values["Input.Actions[0].Deadline"] = Iso(Today.AddDays(1));

        var refused = await client.SubmitAsync(page.Form(), values, button: "Save");

        var link = refused.Document.QuerySelector(".error-summary li a")!;
        Assert.Equal("Action 1: The deadline cannot be before the start.", link.TextContent.Trim());
        Assert.Equal("#Input_Actions_0__Deadline", link.GetAttribute("href"));
        Assert.NotNull(refused.Document.QuerySelector("#Input_Actions_0__Deadline"));
    }

    [Theory]
    [InlineData("", "Exceeds", "Milestone.Kind", "Choose what kind of milestone it is.")]
    [InlineData("Promotion", "Too early", "Milestone.Date", "A milestone is recorded once reached: its date cannot be in the future.")]
    public async Task Milestone_BadInput_ShowsAMessage_AndKeepsTheNote(string kind, string note, string field, string message)
    {
        var (client, id) = await PlanWithGoalAndGapAsync();
        using var _ = client;

        var page = await client.FillAsync(Url(id, "progress-review"), new Dictionary<string, string>
        {
            ["Milestone.Kind"] = kind,
            ["Milestone.Note"] = note,
            ["Milestone.Date"] = Iso(Today.AddDays(5)),
        }, formSelector: "form[action*='handler=Milestone']");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(message, page.FieldError(field));
        Assert.Equal(note, page.Value("Milestone.Note"));
    }

    [Fact]
    public async Task AStaleActionPlanForm_IsRefused_WithTheInputKept()
    {
        var (client, id) = await PlanWithGoalAndGapAsync();
        using var _ = client;
        var stale = await client.GetAsync(Url(id, "action-plan"));
        await client.FillAsync(Url(id, "goals"), new Dictionary<string, string> { ["Input.DreamJob"] = "Changed elsewhere" }, button: "Save");

        var page = await client.SubmitAsync(stale.Form("form.step-form"),
            new Dictionary<string, string> { ["Input.Actions[0].Title"] = "from the stale tab", ["Input.Actions[0].Kind"] = "Other" }, button: "Save");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(PlanPageModel.StaleMessage, page.SummaryErrors);
        Assert.Equal("from the stale tab", page.Value("Input.Actions[0].Title"));
    }

    [Fact]
    public async Task ACheckInOrMilestoneFromAnOlderPage_IsRecorded_WhenWhatItChangesWasNotChangedElsewhere()
    {
        var (client, id) = await PlanWithGoalAndGapAsync();
        using var _ = client;
        var page = await client.GetAsync(Url(id, "action-plan"));
        await client.SubmitAsync(page.Form(), GoodAction(page, 0), button: "Save");
        var older = await client.GetAsync(Url(id, "progress-review"));
        await client.FillAsync(Url(id, "goals"), new Dictionary<string, string> { ["Input.DreamJob"] = "Changed elsewhere" }, button: "Save");

        var review = await client.SubmitAsync(older.Form("form[action*='handler=Review']"), new Dictionary<string, string>
        {
            ["Review.Reflection"] = "From the older page",
            ["Review.Progress[0].PercentDone"] = "40",
        });
        var milestone = await client.SubmitAsync(older.Form("form[action*='handler=Milestone']"), new Dictionary<string, string>
        {
            ["Milestone.Kind"] = "NewConnection",
            ["Milestone.Date"] = Iso(Today),
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
        var (client, id) = await PlanWithGoalAndGapAsync();
        using var _ = client;
        var page = await client.GetAsync(Url(id, "action-plan"));
        await client.SubmitAsync(page.Form(), GoodAction(page, 0), button: "Save");
        var older = await client.GetAsync(Url(id, "progress-review"));
        var actionPage = await client.GetAsync(Url(id, "action-plan"));
        await client.SubmitAsync(actionPage.Form(), new Dictionary<string, string> { ["Input.Actions[0].PercentDone"] = "60" }, button: "Save");

        var refused = await client.SubmitAsync(older.Form("form[action*='handler=Review']"), new Dictionary<string, string>
        {
            ["Review.Reflection"] = "Typed in the older page",
            ["Review.Progress[0].PercentDone"] = "30",
        });

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("Changed elsewhere since you opened this page: it is now in progress, 60 %. Check your values and record again.", refused.FieldError("Review.Progress[0].Status"));
        Assert.Equal("Typed in the older page", refused.Value("Review.Reflection"));
        Assert.Equal("30", refused.Value("Review.Progress[0].PercentDone"));
        Assert.Equal(0, await _app.QueryAsync(db => Task.FromResult(db.Reviews.Count())));

        var again = await client.SubmitAsync(refused.Form("form[action*='handler=Review']"));
        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        Assert.Equal(30, await _app.QueryAsync(db => Task.FromResult(db.Plans.Single().Actions.Single().PercentDone)));
    }

    [Fact]
    public async Task FiftyParallelCheckIns_AreAllRecorded()
    {
        var (client, id) = await PlanWithGoalAndGapAsync();
        using var _ = client;
        var page = await client.GetAsync(Url(id, "action-plan"));
        await client.SubmitAsync(page.Form(), GoodAction(page, 0), button: "Save");
        var review = await client.GetAsync(Url(id, "progress-review"));
        var form = review.Form("form[action*='handler=Review']");

        var results = await Task.WhenAll(Enumerable.Range(1, 50).Select(i =>
            client.SubmitAsync(form, new Dictionary<string, string> { ["Review.Reflection"] = $"Check-in {i}" })));

        Assert.All(results, r => Assert.Equal(HttpStatusCode.Redirect, r.Status));
        var reflections = await _app.QueryAsync(db => db.Reviews.Select(r => r.Reflection).ToListAsync());
        Assert.Equal(50, reflections.Count);
        Assert.Equal(Enumerable.Range(1, 50).Select(i => $"Check-in {i}").Order(), reflections.Order());
    }

    [Theory]
    [InlineData("action-plan", "")]
    [InlineData("progress-review", "?handler=Review")]
    [InlineData("progress-review", "?handler=Milestone")]
    public async Task AnotherUser_Gets404(string step, string handler)
    {
        var (owner, id) = await PlanWithGoalAndGapAsync();
        using var _ = owner;
        using var other = await _app.RegisteredClientAsync();
        var otherId = await other.CreatePlanAsync("Other");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(Url(id, step))).Status);
        var ownPage = await other.GetAsync(Url(otherId, step));
        var token = ownPage.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var post = await other.PostAsync(Url(id, step) + handler, [new("__RequestVerificationToken", token), new("Version", "1"), new("command", "save")]);
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
    }

    [Fact]
    public async Task MyPlans_ShowsReadinessActionsNextDeadlineAndOverdue()
    {
        var (client, id) = await PlanWithGoalAndGapAsync();
        using var _ = client;
        var page = await client.GetAsync(Url(id, "action-plan"));
        var values = GoodAction(page, 0);
        values["Input.Actions[0].Start"] = Iso(Today.AddDays(1));
        values["Input.Actions[0].Deadline"] = Iso(Today.AddDays(10));
        await client.SubmitAsync(page.Form(), values, button: "Save");

        var list = await client.GetAsync("/plans");
        var card = list.Document.QuerySelector(".plan-card dl")!.TextContent;
        Assert.Contains("Readiness25 %", Squash(card));
        Assert.Contains("Actions done0 of 1", Squash(card));
        Assert.Contains($"Next deadline{Today.AddDays(10):d MMM yyyy}", Squash(card));
        Assert.Contains("Overduenone", Squash(card));

        _app.Clock.Advance(TimeSpan.FromDays(11));
        list = await client.GetAsync("/plans");
        Assert.Contains("Overdue1 action", Squash(list.Document.QuerySelector(".plan-card dl")!.TextContent));
    }

    [Fact]
    public async Task ExamplePlan_FillsEveryStep_WithTwoReviewsAndAMilestone()
    {
        using var client = await _app.RegisteredClientAsync();
        var empty = await client.GetAsync("/plans");

        var created = await client.SubmitAsync(empty.Form("form[action*='handler=Demo']"));
        var list = await client.FollowAsync(created);

        Assert.StartsWith("Example plan “Support engineer → product manager (example)” created.", list.StatusMessage);
        var id = await _app.QueryAsync(db => Task.FromResult(db.Plans.Single().Id));
        var overview = await client.GetAsync($"/plans/{id}");
        Assert.All(overview.Document.QuerySelectorAll("nav[aria-label='Plan steps'] .step-state"), s => Assert.Equal("Done", s.TextContent.Trim()));
        Assert.Contains("Get better at prioritising", overview.Text);
        Assert.Contains("Course finished (86 %)", overview.Text);
        Assert.Contains("Performance review", overview.Text);
        Assert.Equal(2, await _app.QueryAsync(db => Task.FromResult(db.Reviews.Count())));
        foreach (var step in new[] { "self-assessment", "goals", "gap-analysis", "action-plan", "progress-review" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Url(id, step))).Status);
        }
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) || c == ' ')).Replace("  ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Trim();
}
