namespace CareerPlanner.Tests.Domain.Analysis;

/// <summary>The action plan at a glance (<see cref="ActionPlanSummary"/>): what no action serves yet, and the budget.</summary>
public sealed class ActionPlanSummaryTests
{
    private static readonly DateTimeOffset Now = PlanBuilder.Now;

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
}
