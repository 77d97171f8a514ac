using System.Net;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;
using static CareerPlanner.Tests.PageObjects.ActionPlanPage;
using static CareerPlanner.Tests.PageObjects.StepPage;

namespace CareerPlanner.Tests.Pages.Plans.Steps.ActionPlan;

/// <summary>Step 4 through its real form.</summary>
public sealed class ActionPlanStepTests : IDisposable
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(AppFactory.Today.UtcDateTime);
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ActionPlan_EveryFieldIsSaved_AndAWellFormedActionPassesTheSmartCheck()
    {
        var (client, id) = await _app.OwnerWithGoalAndGapAsync();
        using var _ = client;
        var page = await new ActionPlanPage(client, id).OpenAsync();

        var saved = await client.SubmitAsync(page.Form(), GoodAction(page, 0), button: Save);
        page = await client.FollowAsync(saved);

        Assert.Equal("Complete the Product Discovery course", page.Value(ActionField(0, "Title")));
        Assert.Equal("Course", page.Value(ActionField(0, "Kind")));
        Assert.Equal("All 8 modules and the capstone", page.Value(ActionField(0, "Specific")));
        Assert.Equal("Capstone graded at least 80 %", page.Value(ActionField(0, "Measure")));
        Assert.Equal("30.5", page.Value(ActionField(0, "EffortHours")));
        Assert.Equal("Two evenings a week", page.Value(ActionField(0, "Resources")));
        Assert.Equal("390", page.Value(ActionField(0, "BudgetAmount")));
        Assert.Equal("EUR", page.Value(ActionField(0, "BudgetCurrency")));
        Assert.StartsWith("Product Manager", SelectedOption(page, ActionField(0, "GoalId")).TextContent);
        Assert.StartsWith("Roadmapping", SelectedOption(page, ActionField(0, "RequirementId")).TextContent);
        Assert.Equal(Iso(Today.AddDays(14)), page.Value(ActionField(0, "Start")));
        Assert.Equal(Iso(Today.AddMonths(3)), page.Value(ActionField(0, "Deadline")));
        Assert.Equal("InProgress", page.Value(ActionField(0, "Status")));
        Assert.Equal("10", page.Value(ActionField(0, "PercentDone")));
        Assert.Equal("SMART on all five counts.", page.Document.QuerySelector(SmartOk)!.TextContent.Trim());
        Assert.Contains("Every goal has at least one action.", page.Text);
        Assert.Contains("Every high-priority gap has an action.", page.Text);
        Assert.Contains("390 EUR", page.Document.QuerySelector(Budget)!.TextContent);
        Assert.Contains("Complete the Product Discovery course", page.Document.QuerySelector(TimelineDescription)!.TextContent);
    }

    [Fact]
    public async Task ActionPlan_AVagueAction_IsSavedAndFlaggedOnEveryCriterion()
    {
        var (client, id) = await _app.OwnerWithGoalAndGapAsync();
        using var _ = client;

        var saved = await new ActionPlanPage(client, id).SaveAsync(Action(0, title: "Get better at prioritising", kind: "Other"));
        var page = await client.FollowAsync(saved);

        var badges = page.Document.QuerySelectorAll(ActionPlanPage.SmartBadges).Select(b => b.ClassList.Contains("badge-fail")).ToList();
        Assert.Equal([true, true, true, true, true], badges);
        var findings = page.Document.QuerySelectorAll(SmartFindings).Select(li => li.TextContent).ToList();
        Assert.Contains(findings, f => f.StartsWith("“get better” is vague", StringComparison.Ordinal));
        Assert.Contains("No measure of success: how will you know it is done?", findings);
        Assert.Contains("No deadline.", findings);
        Assert.Contains("Product Manager", page.Document.QuerySelector(Coverage)!.TextContent);
        Assert.Contains("Roadmapping", page.Document.QuerySelector(Coverage)!.TextContent);
    }

    [Theory]
    [InlineData("Deadline", "2026-12-01", "The deadline cannot be before the start.")]
    [InlineData("PercentDone", "101", "Progress must be between 0 and 100 %.")]
    [InlineData("BudgetCurrency", "euros", "Currency must be a three-letter code such as EUR, USD or GBP.")]
    [InlineData("BudgetAmount", "-5", "Budget must be between 0 and 10,000,000.")]
    [InlineData("EffortHours", "lots", "“lots” is not a valid value for Effort (hours).")]
    public async Task ActionPlan_BadInput_ShowsAMessageByTheField_AndKeepsEverything(string property, string value, string message)
    {
        var field = ActionField(0, property);
        var (client, id) = await _app.OwnerWithGoalAndGapAsync();
        using var _ = client;
        var page = await new ActionPlanPage(client, id).OpenAsync();
        var values = GoodAction(page, 0);
        values[ActionField(0, "Start")] = "2026-12-10";
        values[field] = value;

        var result = await client.SubmitAsync(page.Form(), values, button: Save);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(message, result.FieldError(field));
        Assert.Equal(value, result.Value(field));
        Assert.Equal("Complete the Product Discovery course", result.Value(ActionField(0, "Title")));
        Assert.Empty(await _app.QueryAsync(db => Task.FromResult(db.Plans.Single().Actions.ToList())));
    }

    [Fact]
    public async Task ActionPlan_AKindIsRequired_ForANewAction()
    {
        var (client, id) = await _app.OwnerWithGoalAndGapAsync();
        using var _ = client;

        var page = await new ActionPlanPage(client, id).SaveAsync(Action(0, title: "Read two books"));

        Assert.Equal("Choose a kind of action.", page.FieldError(ActionField(0, "Kind")));
        Assert.Equal("Read two books", page.Value(ActionField(0, "Title")));
    }

    [Fact]
    public async Task ErrorSummary_SaysWhichRowEachErrorIsAbout_AndLinksToTheField()
    {
        var (client, id) = await _app.OwnerWithGoalAndGapAsync();
        using var _ = client;
        var page = await new ActionPlanPage(client, id).OpenAsync();
        var values = GoodAction(page, 0);
        values[ActionField(0, "Deadline")] = Iso(Today.AddDays(1));

        var refused = await client.SubmitAsync(page.Form(), values, button: Save);

        var link = refused.Document.QuerySelector(".error-summary li a")!;
        Assert.Equal("Action “Complete the Product Discovery course”: The deadline cannot be before the start.", link.TextContent.Trim());
        Assert.Equal("#Input_Actions_0__Deadline", link.GetAttribute("href"));
        Assert.NotNull(refused.Document.QuerySelector("#Input_Actions_0__Deadline"));
    }

    [Fact]
    public async Task AStaleActionPlanForm_IsRefused_WithTheInputKept()
    {
        var (client, id) = await _app.OwnerWithGoalAndGapAsync();
        using var _ = client;
        var stale = await new ActionPlanPage(client, id).OpenAsync();
        await new GoalsPage(client, id).SaveAsync(new FormValues { { GoalsPage.DreamJob, "Changed elsewhere" } });

        var page = await client.SubmitAsync(stale.Form(StepPage.Form), Action(0, title: "from the stale tab", kind: "Other"), button: Save);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(PlanPageModel.StaleMessage, page.SummaryErrors);
        Assert.Equal("from the stale tab", page.Value(ActionField(0, "Title")));
    }
}
