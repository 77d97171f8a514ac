
namespace CareerPlanner.Tests.Domain.Reviews;

public sealed class ReviewComparisonTests
{
    private static readonly DateTimeOffset Now = PlanBuilder.Now;
    private static readonly DateOnly Today = PlanBuilder.Today;

    [Fact]
    public void Coverage_NamesGoalsAndOpenHighPriorityGapsWithoutAnAction()
    {
        var plan = new PlanBuilder()
            .WithGoal("Ship a feature").WithGoal("PM in 3 years", GoalHorizon.ThreeYears, 36)
            .WithSkill("Writing", SkillLevel.Expert)
            .WithRequirement("Roadmapping", SkillLevel.Proficient)
            .WithRequirement("Prioritisation", SkillLevel.Proficient)
            .WithRequirement("Writing", SkillLevel.Proficient)
            .WithRequirement("Public speaking", SkillLevel.Competent, Priority.Low)
            .Build();
        plan.AddAction(new ActionInput("Complete the discovery course", ActionKind.Course, GoalId: plan.Goals[0].Id, RequirementId: plan.Requirements[0].Id), Now);
        plan.AddAction(new ActionInput("Read a prioritisation book", ActionKind.Other, RequirementId: plan.Requirements[1].Id, Status: ActionStatus.Dropped), Now);

        var summary = ActionPlanSummary.Of(plan);

        Assert.Equal(["PM in 3 years"], summary.GoalsWithoutAction.Select(g => g.Title));
        // Writing is met; public speaking is low priority; the dropped action does not count.
        Assert.Equal(["Prioritisation"], summary.HighPriorityGapsWithoutAction.Select(r => r.Name));
    }

    [Fact]
    public void Budget_IsSummedPerYearAndCurrency_LeavingDroppedActionsOut()
    {
        var plan = new PlanBuilder().Build();
        plan.AddAction(new ActionInput("Complete a course", ActionKind.Course, BudgetAmount: 390, BudgetCurrency: "EUR", Deadline: new DateOnly(2027, 2, 28)), Now);
        plan.AddAction(new ActionInput("Attend ProductCamp Europe", ActionKind.ConferenceOrEvent, BudgetAmount: 650, BudgetCurrency: "EUR", Deadline: new DateOnly(2027, 6, 30)), Now);
        plan.AddAction(new ActionInput("Buy a UX book", ActionKind.Other, BudgetAmount: 40, BudgetCurrency: "USD", Start: new DateOnly(2026, 12, 10)), Now);
        plan.AddAction(new ActionInput("Attend a costly summit", ActionKind.ConferenceOrEvent, BudgetAmount: 2000, BudgetCurrency: "EUR", Deadline: new DateOnly(2027, 3, 1), Status: ActionStatus.Dropped), Now);
        plan.AddAction(new ActionInput("Take an unscheduled class", ActionKind.Training, BudgetAmount: 49, BudgetCurrency: "EUR"), Now);

        var budget = ActionPlanSummary.Of(plan).Budget;

        Assert.Equal(
            [new BudgetLine(2026, "USD", 40), new BudgetLine(2027, "EUR", 1040), new BudgetLine(null, "EUR", 49)],
            budget);
    }

    [Fact]
    public void Compare_NamesEachKindOfChange()
    {
        var plan = new PlanBuilder()
            .WithSkill("SQL", SkillLevel.Competent)
            .WithGoal("Old goal")
            .WithRequirement("Roadmapping", SkillLevel.Proficient, current: SkillLevel.Novice)
            .WithRequirement("Old requirement", SkillLevel.Competent)
            .WithAction("Complete the course").WithAction("Run interviews").WithAction("Attend a conference").WithAction("Read a removed book")
            .Build();
        var before = plan.TakeSnapshot();
        var (course, interviews, conference, book) = (plan.Actions[0].Id, plan.Actions[1].Id, plan.Actions[2].Id, plan.Actions[3].Id);

        plan.UpdateAction(course, new ActionInput("Complete the course", ActionKind.Course, Status: ActionStatus.Done), Now);
        plan.UpdateAction(interviews, new ActionInput("Run interviews", ActionKind.Course, Status: ActionStatus.InProgress, PercentDone: 50), Now);
        plan.UpdateAction(conference, new ActionInput("Attend a conference", ActionKind.Course, Status: ActionStatus.Dropped), Now);
        plan.RemoveAction(book, Now);
        plan.AddAction(new ActionInput("Present the analysis", ActionKind.OnTheJob), Now);
        plan.RemoveGoal(plan.Goals[0].Id, Now);
        plan.AddGoal(new GoalInput(GoalHorizon.FiveYears, "Senior PM", null, Today.AddYears(5)), Now);
        plan.RemoveRequirement(plan.Requirements[1].Id, Now);
        plan.AddRequirement(new RequirementInput(RequirementKind.Tool, "Jira", SkillLevel.Competent, null, ClosingMethod.NewTool, Priority.Low), Now);
        plan.UpdateSkill(plan.Skills[0].Id, new SkillInput("SQL", SkillLevel.Proficient), Now);
        plan.UpdateRequirement(plan.Requirements[0].Id, new RequirementInput(RequirementKind.Skill, "Roadmapping", SkillLevel.Proficient, SkillLevel.AdvancedBeginner, ClosingMethod.Training, Priority.High), Now);

        var changes = ReviewComparison.Compare(before, plan.TakeSnapshot());

        Assert.Equal(
        [
            (ChangeKind.ActionCompleted, "Completed: “Complete the course”."),
            (ChangeKind.ProgressMoved, "“Run interviews” moved from 0 % to 50 %."),
            (ChangeKind.ActionDropped, "Dropped: “Attend a conference”."),
            (ChangeKind.ActionAdded, "Action added: “Present the analysis”."),
            (ChangeKind.ActionRemoved, "Action removed: “Read a removed book”."),
            (ChangeKind.GoalAdded, "Goal added: “Senior PM”."),
            (ChangeKind.GoalRemoved, "Goal removed: “Old goal”."),
            (ChangeKind.RequirementAdded, "Requirement added: “Jira”."),
            (ChangeKind.RequirementRemoved, "Requirement removed: “Old requirement”."),
            (ChangeKind.LevelChanged, "SQL: level 3 → 4."),
            (ChangeKind.LevelChanged, "Roadmapping: level 1 → 2."),
        ], changes.Select(c => (c.Kind, c.Description)));
    }

    [Fact]
    public void Compare_OfASnapshotWithItself_FindsNothing()
    {
        var plan = new PlanBuilder().WithSkill("SQL", SkillLevel.Competent).WithAction("Complete the course").Build();
        Assert.Empty(ReviewComparison.Compare(plan.TakeSnapshot(), plan.TakeSnapshot()));
    }

    [Fact]
    public void Trend_FollowsActionsDoneAndReadinessAcrossReviews_InDateOrder()
    {
        var plan = new PlanBuilder()
            .WithRequirement("Roadmapping", SkillLevel.Proficient, current: SkillLevel.Novice)
            .WithAction("Complete the course").WithAction("Run interviews").WithAction("Attend a conference")
            .Build();
        var (course, interviews, conference) = (plan.Actions[0].Id, plan.Actions[1].Id, plan.Actions[2].Id);

        plan.RecordReview(new ReviewInput(Today.AddDays(-60), null, null, [new(course, ActionStatus.Done, 100)]), Now);
        plan.UpdateRequirement(plan.Requirements[0].Id, new RequirementInput(RequirementKind.Skill, "Roadmapping", SkillLevel.Proficient, SkillLevel.Proficient, ClosingMethod.Training, Priority.High), Now);
        plan.RecordReview(new ReviewInput(Today, null, null, [new(interviews, ActionStatus.Done, 100), new(conference, ActionStatus.Dropped, 0)]), Now);

        var trend = ProgressTrend.Of(plan.Reviews);

        Assert.Equal([new TrendPoint(Today.AddDays(-60), 33, 25), new TrendPoint(Today, 100, 100)], trend);
    }

    [Fact]
    public void OverdueActions_AreOpenActionsPastTheirDeadline_MostOverdueFirst()
    {
        var plan = new PlanBuilder().Build();
        plan.AddAction(new ActionInput("Finish late one", ActionKind.Other, Start: Today.AddDays(-20), Deadline: Today.AddDays(-2)), Now);
        plan.AddAction(new ActionInput("Finish later one", ActionKind.Other, Start: Today.AddDays(-20), Deadline: Today.AddDays(-9)), Now);
        plan.AddAction(new ActionInput("Finish done one", ActionKind.Other, Deadline: Today.AddDays(-9), Status: ActionStatus.Done), Now);
        plan.AddAction(new ActionInput("Finish future one", ActionKind.Other, Deadline: Today.AddDays(3)), Now);

        Assert.Equal(["Finish later one", "Finish late one"], plan.OverdueActions(Today).Select(a => a.Title));
    }
}
