using System.Globalization;
using System.Text.RegularExpressions;
using CareerPlanner.BrowserTests.Infrastructure;
using CareerPlanner.BrowserTests.PageObjects;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static CareerPlanner.BrowserTests.AmaraActions;
using static CareerPlanner.BrowserTests.PlanWizard;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests;

/// <summary>
/// The whole product in a real browser: Amara fills all five steps, turns her gaps into SMART actions,
/// checks in twice with a change in between, celebrates a milestone, and reads her plan and her dashboard.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FullPlanJourneyTests(BrowserAppFixture app, ITestOutputHelper output)
{
    private static readonly string[] AllFiveCriteria = ["Specific", "Measurable", "Achievable", "Relevant", "Time-bound"];

    [SkippableFact]
    public async Task AmaraBuildsTheWholePlanAndReviewsItTwice()
    {
        await using var session = await app.StartSessionAsync(output, nameof(AmaraBuildsTheWholePlanAndReviewsItTwice));
        var page = session.Page;
        var actionPlan = new ActionPlanPage(page);
        var review = new ProgressReviewPage(page);
        var overview = new PlanOverviewPage(page);
        var plans = new MyPlansPage(page);
        var today = Today;
        await RegisterAsync(page, "amara");
        await CreatePlanAsync(page, Amara.PlanTitle);
        await FillStepsOneToThreeAsync(page);

        // Step 4: the action plan.
        await Expect(actionPlan.Heading).ToContainTextAsync("Action plan");
        await session.CheckPageAsync("Step 4, empty");
        await AddActionAsync(page, Course);
        await AddActionAsync(page, Interviews);

        // A slip: start and deadline swapped. The deadline is refused at the field and nothing typed is lost.
        var newAction = NewAction(page);
        await FillActionAsync(newAction, Presentation with { StartInDays = 61, DeadlineInMonths = null });
        await Field(newAction, "Deadline").FillAsync(DateValue(today.AddDays(7)));
        await actionPlan.SaveButton().ClickAsync();
        await Expect(actionPlan.Alert).ToContainTextAsync("The deadline cannot be before the start.");
        var deadline = Field(newAction, "Deadline");
        await Expect(deadline).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(deadline).ToHaveAccessibleDescriptionAsync("The deadline cannot be before the start.");
        await Expect(newAction).ToContainTextAsync("The deadline cannot be before the start.");
        await Expect(Field(newAction, "Action")).ToHaveValueAsync(Presentation.Title);
        await Expect(Field(newAction, "How success is measured (measurable)")).ToHaveValueAsync(Presentation.Measure);
        await Expect(SavedAction(page, 2, Interviews.Title)).ToBeVisibleAsync();
        await session.CheckPageAsync("Step 4, deadline before the start");

        await Field(newAction, "Start").FillAsync(DateValue(Presentation.StartFrom(today)!.Value));
        await Field(newAction, "Deadline").FillAsync(DateValue(Presentation.DeadlineFrom(today)!.Value));
        await SaveAsync(page, "Save and add another action");
        await AddActionAsync(page, Conference);
        await AddActionAsync(page, Sql);
        await AddActionAsync(page, Prioritising);

        PersonaAction[] actions = [Course, Interviews, Presentation, Conference, Sql, Prioritising];
        for (var i = 0; i < actions.Length; i++)
        {
            await Expect(SavedAction(page, i + 1, actions[i].Title)).ToBeVisibleAsync();
        }

        // The vague action fails all five counts and says why; a well-made one passes all five.
        var vague = SavedAction(page, 6, Prioritising.Title);
        await Expect(ActionPlanPage.SmartBadges(vague)).ToContainTextAsync([.. AllFiveCriteria.Select(c => $"{c}: to improve")]);
        await Expect(vague).ToContainTextAsync("“get better” is vague");
        await Expect(vague).ToContainTextAsync("No measure of success");
        await Expect(vague).ToContainTextAsync("No deadline.");
        var course = SavedAction(page, 1, Course.Title);
        await Expect(ActionPlanPage.SmartBadges(course)).ToContainTextAsync([.. AllFiveCriteria.Select(c => $"{c}: ok")]);
        await Expect(course).ToContainTextAsync("SMART on all five counts.");
        await Expect(ActionPlanPage.Chosen(course, "Serves goal (relevant)")).ToHaveTextAsync(Course.Goal!);
        await Expect(ActionPlanPage.Chosen(course, "Closes gap (relevant)")).ToHaveTextAsync(Course.Requirement!);

        // At a glance: the gap no action serves, the budget by the year of each deadline, the timeline.
        var glance = actionPlan.Glance;
        await Expect(ActionPlanPage.GlanceText(glance, "Prioritisation")).ToBeVisibleAsync();
        var expectedBudget = actions
            .Where(a => a.Budget > 0)
            .GroupBy(a => a.DeadlineFrom(today)!.Value.Year)
            .OrderBy(g => g.Key)
            .Select(g => (Year: g.Key.ToString(CultureInfo.InvariantCulture), Total: $"{g.Sum(a => a.Budget!.Value).ToString("#,0.##", CultureInfo.InvariantCulture)} EUR"))
            .ToList();
        output.WriteLine($"expected budget: {string.Join("; ", expectedBudget)}");
        var budgetRows = actionPlan.BudgetRows;
        await Expect(budgetRows).ToHaveCountAsync(expectedBudget.Count + 1);
        for (var i = 0; i < expectedBudget.Count; i++)
        {
            await Expect(AppPage.RowHeader(budgetRows.Nth(i + 1))).ToHaveTextAsync(expectedBudget[i].Year);
            await Expect(AppPage.Cells(budgetRows.Nth(i + 1))).ToHaveTextAsync(expectedBudget[i].Total);
        }

        var timeline = actionPlan.Timeline;
        await Expect(timeline).ToBeVisibleAsync();
        await Expect(glance).ToContainTextAsync($"Not on the timeline (no deadline): {Prioritising.Title}.");
        await timeline.ScreenshotAsync(new() { Path = Path.Combine(BrowserSettings.ScreenshotsFolder, "amara-timeline.png") });
        await session.CheckPageAsync("Step 4, filled");

        // Step 5: the first check-in, dated ten days ago.
        await ContinueToAsync(page, ProgressReviewPage.Slug);
        await Expect(review.Heading).ToContainTextAsync("Progress review");
        var reviewDate = review.ReviewDate;
        await Expect(reviewDate).ToHaveValueAsync(DateValue(today));
        await Expect(review.PastReviews).ToHaveCountAsync(0);
        await session.CheckPageAsync("Step 5, before any review");

        var firstDate = today.AddDays(-10);
        await reviewDate.FillAsync(DateValue(firstDate));
        foreach (var action in new[] { Course, Interviews })
        {
            await review.StatusOf(action.Title).SelectOptionAsync(new SelectOptionValue { Label = "In progress" });
            await review.PercentDoneOf(action.Title).FillAsync("25");
        }

        await Expect(review.ChosenStatusOf(Presentation.Title)).ToHaveTextAsync("Not started");
        await review.Reflection.FillAsync(FirstReview);
        await review.PlanChanges.FillAsync(FirstReviewChanges);
        await review.RecordReviewButton.ClickAsync();
        await Expect(review.Status).ToHaveTextAsync("Review recorded. A snapshot of your plan is kept with it.");
        var pastReviews = review.PastReviews;
        await Expect(review.PastReviewHeadings).ToHaveTextAsync([$"Review of {Shown(firstDate)}"]);
        await Expect(pastReviews).ToContainTextAsync(FirstReview);
        await Expect(pastReviews).ToContainTextAsync($"{Course.Title}: in progress, 25 %");
        await Expect(pastReviews).ToContainTextAsync("Your first review.");
        await Expect(review.TrendChart).ToBeVisibleAsync();
        await session.CheckPageAsync("Step 5, after the first review");

        // Between check-ins she finishes the course and gets further with the interviews.
        await review.BackToActionPlan.ClickAsync();
        await Expect(page).ToHaveURLAsync(StepUrl(ActionPlanPage.Slug));
        await Expect(Field(SavedAction(page, 2, Interviews.Title), "% done")).ToHaveValueAsync("25");
        await Field(SavedAction(page, 1, Course.Title), "Status").SelectOptionAsync(new SelectOptionValue { Label = "Done" });
        await Field(SavedAction(page, 2, Interviews.Title), "% done").FillAsync("60");
        await SaveAsync(page);
        await Expect(Field(SavedAction(page, 1, Course.Title), "% done")).ToHaveValueAsync("100");

        // The second check-in, today, and what changed since the first.
        await ContinueToAsync(page, ProgressReviewPage.Slug);
        string[] changes = [$"Completed: “{Course.Title}”.", $"“{Interviews.Title}” moved from 25 % to 60 %."];
        await Expect(review.ChangesSinceLastReview).ToHaveTextAsync(changes);
        await Expect(reviewDate).ToHaveValueAsync(DateValue(today));
        await review.Reflection.FillAsync(SecondReview);
        await review.RecordReviewButton.ClickAsync();
        await Expect(review.Status).ToHaveTextAsync("Review recorded. A snapshot of your plan is kept with it.");
        await Expect(review.PastReviewHeadings).ToHaveTextAsync([$"Review of {Shown(today)}", $"Review of {Shown(firstDate)}"]);
        var sincePrevious = review.SincePreviousReview;
        await Expect(sincePrevious).ToHaveCountAsync(1);
        await ProgressReviewPage.Summary(sincePrevious, "What changed since the previous review (2)").ClickAsync();
        await Expect(ProgressReviewPage.Items(sincePrevious)).ToHaveTextAsync(changes);
        await Expect(review.ProgressOverTime).ToContainTextAsync("Nothing in the plan has changed since that review.");

        // A milestone to celebrate.
        await review.MilestoneKind.SelectOptionAsync(new SelectOptionValue { Label = "Performance review" });
        await review.MilestoneNote.FillAsync("Exceeds expectations");
        await Expect(review.MilestoneDate).ToHaveValueAsync(DateValue(today));
        await review.RecordMilestoneButton.ClickAsync();
        await Expect(review.Status).ToContainTextAsync("Milestone reached — Performance review: Exceeds expectations!");
        await Expect(review.MilestoneItems).ToContainTextAsync([$"Performance review — {Shown(today)}: Exceeds expectations"]);
        var trend = review.TrendChart;
        await Expect(trend).ToBeVisibleAsync();
        await trend.ScreenshotAsync(new() { Path = Path.Combine(BrowserSettings.ScreenshotsFolder, "amara-trend.png") });
        await session.CheckPageAsync("Step 5, after a milestone");

        // The whole plan as a document.
        await review.PlanLink(Amara.PlanTitle).ClickAsync();
        await Expect(overview.Heading).ToHaveTextAsync(Amara.PlanTitle);
        var actionRows = overview.ActionRows;
        await Expect(actionRows).ToHaveCountAsync(actions.Length + 1);
        for (var i = 0; i < actions.Length; i++)
        {
            await Expect(AppPage.RowHeader(actionRows.Nth(i + 1))).ToContainTextAsync(actions[i].Title);
        }

        await Expect(actionRows.Nth(1)).ToContainTextAsync("Done, 100 %");
        await Expect(overview.ActionTimeline).ToBeVisibleAsync();
        var reviews = overview.Section("5. Progress review");
        await Expect(reviews).ToContainTextAsync($"2 reviews; the latest on {Shown(today)}:");
        await Expect(PlanOverviewPage.Quote(reviews)).ToHaveTextAsync(SecondReview);
        await Expect(reviews).ToContainTextAsync("Performance review");
        await Expect(overview.TrendChart).ToBeVisibleAsync();
        await session.CheckPageAsync("Plan overview, complete");

        // The dashboard card.
        await overview.MyPlansLink.First.ClickAsync();
        var card = plans.Card(Amara.PlanTitle);
        await Expect(MyPlansPage.Definition(card, "Readiness")).ToHaveTextAsync("46 %");
        await Expect(MyPlansPage.Definition(card, "Actions done")).ToHaveTextAsync($"1 of {actions.Length}");
        await Expect(MyPlansPage.Definition(card, "Next deadline")).ToHaveTextAsync(Shown(Presentation.DeadlineFrom(today)!.Value));
        await Expect(MyPlansPage.Definition(card, "Overdue")).ToHaveTextAsync("none");
        await session.CheckPageAsync("My plans, with the whole plan");
    }

    [SkippableFact]
    public async Task ExamplePlanFromTheEmptyDashboard()
    {
        await using var session = await app.StartSessionAsync(output, nameof(ExamplePlanFromTheEmptyDashboard));
        var page = session.Page;
        var plans = new MyPlansPage(page);
        var step = new StepPage(page);
        await RegisterAsync(page, "explorer");
        await Expect(plans.NoPlansYet).ToBeVisibleAsync();

        await plans.ExampleButton.ClickAsync();
        await Expect(plans.Status).ToHaveTextAsync(new Regex("^Example plan"));
        await session.CheckPageAsync("My plans with the example");

        await plans.PlanLink(Amara.ExamplePlanTitle).ClickAsync();
        await Expect(plans.Heading).ToHaveTextAsync(Amara.ExamplePlanTitle);
        await session.CheckPageAsync("Example plan overview");

        (string Name, string Path)[] steps =
        [
            ("Self-assessment", SelfAssessmentPage.Slug),
            ("Goals", GoalsPage.Slug),
            ("Gap analysis", GapAnalysisPage.Slug),
            ("Action plan", ActionPlanPage.Slug),
            ("Progress review", ProgressReviewPage.Slug),
        ];
        foreach (var (name, path) in steps)
        {
            await step.StepLinks.Filter(new() { HasText = name }).ClickAsync();
            await Expect(page).ToHaveURLAsync(StepUrl(path));
            await Expect(step.Heading).ToContainTextAsync(name);
            await session.CheckPageAsync($"Example plan, {name}");
        }

        Assert.Equal(2 + steps.Length, session.Scans.Count);
        Assert.All(session.Scans, scan => Assert.Equal(0, scan.SeriousOrCritical));
    }
}
