using System.Globalization;
using System.Text.RegularExpressions;
using CareerPlanner.BrowserTests.Infrastructure;
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
    private const string ExampleTitle = "Support engineer → product manager (example)";

    private static readonly string[] AllFiveCriteria = ["Specific", "Measurable", "Achievable", "Relevant", "Time-bound"];

    [SkippableFact]
    public async Task AmaraBuildsTheWholePlanAndReviewsItTwice()
    {
        await using var session = await app.StartSessionAsync(output, nameof(AmaraBuildsTheWholePlanAndReviewsItTwice));
        var page = session.Page;
        var today = Today;
        await RegisterAsync(page, "amara");
        await CreatePlanAsync(page, Amara.PlanTitle);
        await FillStepsOneToThreeAsync(page);

        // Step 4: the action plan.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Action plan");
        await session.CheckPageAsync("Step 4, empty");
        await AddActionAsync(page, Course);
        await AddActionAsync(page, Interviews);

        // A slip: start and deadline swapped. The deadline is refused at the field and nothing typed is lost.
        var newAction = NewAction(page);
        await FillActionAsync(newAction, Presentation with { StartInDays = 61, DeadlineInMonths = null });
        await Field(newAction, "Deadline").FillAsync(DateValue(today.AddDays(7)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The deadline cannot be before the start.");
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
        await Expect(SmartBadges(vague)).ToContainTextAsync([.. AllFiveCriteria.Select(c => $"{c}: to improve")]);
        await Expect(vague).ToContainTextAsync("“get better” is vague");
        await Expect(vague).ToContainTextAsync("No measure of success");
        await Expect(vague).ToContainTextAsync("No deadline.");
        var course = SavedAction(page, 1, Course.Title);
        await Expect(SmartBadges(course)).ToContainTextAsync([.. AllFiveCriteria.Select(c => $"{c}: ok")]);
        await Expect(course).ToContainTextAsync("SMART on all five counts.");
        await Expect(Field(course, "Serves goal (relevant)").Locator("option:checked")).ToHaveTextAsync(Course.Goal!);
        await Expect(Field(course, "Closes gap (relevant)").Locator("option:checked")).ToHaveTextAsync(Course.Requirement!);

        // At a glance: the gap no action serves, the budget by the year of each deadline, the timeline.
        var glance = page.GetByRole(AriaRole.Region, new() { Name = "Your plan at a glance" });
        await Expect(glance.GetByText("Prioritisation", new() { Exact = true })).ToBeVisibleAsync();
        var expectedBudget = actions
            .Where(a => a.Budget > 0)
            .GroupBy(a => a.DeadlineFrom(today)!.Value.Year)
            .OrderBy(g => g.Key)
            .Select(g => (Year: g.Key.ToString(CultureInfo.InvariantCulture), Total: $"{g.Sum(a => a.Budget!.Value).ToString("#,0.##", CultureInfo.InvariantCulture)} EUR"))
            .ToList();
        output.WriteLine($"expected budget: {string.Join("; ", expectedBudget)}");
        var budgetRows = glance.GetByRole(AriaRole.Table, new() { Name = "Budget" }).GetByRole(AriaRole.Row);
        await Expect(budgetRows).ToHaveCountAsync(expectedBudget.Count + 1);
        for (var i = 0; i < expectedBudget.Count; i++)
        {
            await Expect(budgetRows.Nth(i + 1).GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(expectedBudget[i].Year);
            await Expect(budgetRows.Nth(i + 1).GetByRole(AriaRole.Cell)).ToHaveTextAsync(expectedBudget[i].Total);
        }

        var timeline = glance.GetByRole(AriaRole.Img, new() { Name = "Timeline of actions against the 1-, 3- and 5-year horizons" });
        await Expect(timeline).ToBeVisibleAsync();
        await Expect(glance).ToContainTextAsync($"Not on the timeline (no deadline): {Prioritising.Title}.");
        await timeline.ScreenshotAsync(new() { Path = Path.Combine(BrowserSettings.ScreenshotsFolder, "amara-timeline.png") });
        await session.CheckPageAsync("Step 4, filled");

        // Step 5: the first check-in, dated ten days ago.
        await ContinueToAsync(page, "progress-review");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Progress review");
        var checkIn = page.GetByRole(AriaRole.Region, new() { Name = "Record a check-in" });
        var reviewDate = checkIn.GetByLabel("Date of the review");
        await Expect(reviewDate).ToHaveValueAsync(DateValue(today));
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Past reviews" })).ToHaveCountAsync(0);
        await session.CheckPageAsync("Step 5, before any review");

        var firstDate = today.AddDays(-10);
        await reviewDate.FillAsync(DateValue(firstDate));
        var standing = checkIn.GetByRole(AriaRole.Group, new() { Name = "Where each action stands" });
        foreach (var action in new[] { Course, Interviews })
        {
            await standing.GetByLabel($"Status of {action.Title}", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "In progress" });
            await standing.GetByLabel($"Percent done of {action.Title}", new() { Exact = true }).FillAsync("25");
        }

        await Expect(standing.GetByLabel($"Status of {Presentation.Title}", new() { Exact = true }).Locator("option:checked")).ToHaveTextAsync("Not started");
        await checkIn.GetByLabel("Reflection", new() { Exact = true }).FillAsync(FirstReview);
        await checkIn.GetByLabel("What I am changing in the plan").FillAsync(FirstReviewChanges);
        await checkIn.GetByRole(AriaRole.Button, new() { Name = "Record review" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Review recorded. A snapshot of your plan is kept with it.");
        var pastReviews = page.GetByRole(AriaRole.Region, new() { Name = "Past reviews" });
        await Expect(pastReviews.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToHaveTextAsync([$"Review of {Shown(firstDate)}"]);
        await Expect(pastReviews).ToContainTextAsync(FirstReview);
        await Expect(pastReviews).ToContainTextAsync($"{Course.Title}: in progress, 25 %");
        await Expect(pastReviews).ToContainTextAsync("Your first review.");
        await Expect(TrendChart(page)).ToBeVisibleAsync();
        await session.CheckPageAsync("Step 5, after the first review");

        // Between check-ins she finishes the course and gets further with the interviews.
        await page.GetByRole(AriaRole.Link, new() { Name = "← Back to the action plan" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(StepUrl("action-plan"));
        await Expect(Field(SavedAction(page, 2, Interviews.Title), "% done")).ToHaveValueAsync("25");
        await Field(SavedAction(page, 1, Course.Title), "Status").SelectOptionAsync(new SelectOptionValue { Label = "Done" });
        await Field(SavedAction(page, 2, Interviews.Title), "% done").FillAsync("60");
        await SaveAsync(page);
        await Expect(Field(SavedAction(page, 1, Course.Title), "% done")).ToHaveValueAsync("100");

        // The second check-in, today, and what changed since the first.
        await ContinueToAsync(page, "progress-review");
        string[] changes = [$"Completed: “{Course.Title}”.", $"“{Interviews.Title}” moved from 25 % to 60 %."];
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Progress over time" }).Locator("ul.changes > li")).ToHaveTextAsync(changes);
        await Expect(reviewDate).ToHaveValueAsync(DateValue(today));
        await checkIn.GetByLabel("Reflection", new() { Exact = true }).FillAsync(SecondReview);
        await checkIn.GetByRole(AriaRole.Button, new() { Name = "Record review" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Review recorded. A snapshot of your plan is kept with it.");
        await Expect(pastReviews.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToHaveTextAsync([$"Review of {Shown(today)}", $"Review of {Shown(firstDate)}"]);
        var sincePrevious = pastReviews.Locator("details");
        await Expect(sincePrevious).ToHaveCountAsync(1);
        await sincePrevious.GetByText("What changed since the previous review (2)").ClickAsync();
        await Expect(sincePrevious.GetByRole(AriaRole.Listitem)).ToHaveTextAsync(changes);
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Progress over time" })).ToContainTextAsync("Nothing in the plan has changed since that review.");

        // A milestone to celebrate.
        var milestones = page.GetByRole(AriaRole.Region, new() { Name = "Milestones" });
        await milestones.GetByLabel("Kind").SelectOptionAsync(new SelectOptionValue { Label = "Performance review" });
        await milestones.GetByLabel("Note").FillAsync("Exceeds expectations");
        await Expect(milestones.GetByLabel("Date reached")).ToHaveValueAsync(DateValue(today));
        await milestones.GetByRole(AriaRole.Button, new() { Name = "Record milestone" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Milestone reached — Performance review: Exceeds expectations!");
        await Expect(milestones.GetByRole(AriaRole.Listitem)).ToContainTextAsync([$"Performance review — {Shown(today)}: Exceeds expectations"]);
        var trend = TrendChart(page);
        await Expect(trend).ToBeVisibleAsync();
        await trend.ScreenshotAsync(new() { Path = Path.Combine(BrowserSettings.ScreenshotsFolder, "amara-trend.png") });
        await session.CheckPageAsync("Step 5, after a milestone");

        // The whole plan as a document.
        await page.GetByRole(AriaRole.Link, new() { Name = Amara.PlanTitle, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Amara.PlanTitle);
        var actionPlan = page.GetByRole(AriaRole.Region, new() { Name = "4. Action plan" });
        var actionRows = actionPlan.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row);
        await Expect(actionRows).ToHaveCountAsync(actions.Length + 1);
        for (var i = 0; i < actions.Length; i++)
        {
            await Expect(actionRows.Nth(i + 1).GetByRole(AriaRole.Rowheader)).ToContainTextAsync(actions[i].Title);
        }

        await Expect(actionRows.Nth(1)).ToContainTextAsync("Done, 100 %");
        await Expect(actionPlan.GetByRole(AriaRole.Img, new() { Name = "Timeline of actions" })).ToBeVisibleAsync();
        var review = page.GetByRole(AriaRole.Region, new() { Name = "5. Progress review" });
        await Expect(review).ToContainTextAsync($"2 reviews; the latest on {Shown(today)}:");
        await Expect(review.Locator("blockquote")).ToHaveTextAsync(SecondReview);
        await Expect(review).ToContainTextAsync("Performance review");
        await Expect(TrendChart(page)).ToBeVisibleAsync();
        await session.CheckPageAsync("Plan overview, complete");

        // The dashboard card.
        await page.GetByRole(AriaRole.Link, new() { Name = "My plans", Exact = true }).First.ClickAsync();
        var card = page.GetByRole(AriaRole.List, new() { Name = "Your plans" }).GetByRole(AriaRole.Listitem)
            .Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = Amara.PlanTitle, Exact = true }) });
        await Expect(Definition(card, "Readiness")).ToHaveTextAsync("46 %");
        await Expect(Definition(card, "Actions done")).ToHaveTextAsync($"1 of {actions.Length}");
        await Expect(Definition(card, "Next deadline")).ToHaveTextAsync(Shown(Presentation.DeadlineFrom(today)!.Value));
        await Expect(Definition(card, "Overdue")).ToHaveTextAsync("none");
        await session.CheckPageAsync("My plans, with the whole plan");
    }

    [SkippableFact]
    public async Task ExamplePlanFromTheEmptyDashboard()
    {
        await using var session = await app.StartSessionAsync(output, nameof(ExamplePlanFromTheEmptyDashboard));
        var page = session.Page;
        await RegisterAsync(page, "explorer");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You have no plans yet" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Explore an example plan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(new Regex("^Example plan"));
        await session.CheckPageAsync("My plans with the example");

        await page.GetByRole(AriaRole.Link, new() { Name = ExampleTitle, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(ExampleTitle);
        await session.CheckPageAsync("Example plan overview");

        (string Name, string Path)[] steps =
        [
            ("Self-assessment", "self-assessment"),
            ("Goals", "goals"),
            ("Gap analysis", "gap-analysis"),
            ("Action plan", "action-plan"),
            ("Progress review", "progress-review"),
        ];
        foreach (var (name, path) in steps)
        {
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Plan steps" }).GetByRole(AriaRole.Link).Filter(new() { HasText = name }).ClickAsync();
            await Expect(page).ToHaveURLAsync(StepUrl(path));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(name);
            await session.CheckPageAsync($"Example plan, {name}");
        }

        Assert.Equal(2 + steps.Length, session.Scans.Count);
        Assert.All(session.Scans, scan => Assert.Equal(0, scan.SeriousOrCritical));
    }

    private static ILocator SmartBadges(ILocator action) =>
        action.GetByRole(AriaRole.List, new() { Name = "SMART check" }).GetByRole(AriaRole.Listitem);

    private static ILocator TrendChart(IPage page) =>
        page.GetByRole(AriaRole.Img, new() { Name = "Progress over reviews: share of actions done and readiness" });

    /// <summary>The value next to a term of a definition list, e.g. "Overdue" → "none".</summary>
    private static ILocator Definition(ILocator list, string term) =>
        list.Locator("dt").Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(term)}$") }).Locator("xpath=following-sibling::dd[1]");
}
