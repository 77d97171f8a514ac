namespace CareerPlanner.Tests.Domain.Plans;

/// <summary>Step 4's rules (<c>Plan.ActionPlan</c>): dates, progress, budget, and what an action may serve.</summary>
public sealed class ActionPlanRulesTests
{
    private static readonly DateTimeOffset Now = PlanBuilder.Now;
    private static readonly DateOnly Today = PlanBuilder.Today;

    [Fact]
    public void Action_WithADeadlineBeforeItsStart_IsRefused()
    {
        var plan = new PlanBuilder().Build();

        var error = Assert.Throws<DomainRuleException>(() =>
            plan.AddAction(new ActionInput("Complete the course", ActionKind.Course, Start: Today.AddDays(10), Deadline: Today.AddDays(9)), Now));

        Assert.Equal("Deadline", error.Field);
        Assert.Empty(plan.Actions);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void Action_ProgressOutside0To100_IsRefused(int percent)
    {
        var plan = new PlanBuilder().Build();
        Assert.Equal("PercentDone", Assert.Throws<DomainRuleException>(() =>
            plan.AddAction(new ActionInput("Read a book", ActionKind.Other, PercentDone: percent), Now)).Field);
    }

    [Fact]
    public void Action_WithABudget_NeedsAThreeLetterCurrency()
    {
        var plan = new PlanBuilder().Build();

        Assert.Equal("BudgetCurrency", Assert.Throws<DomainRuleException>(() =>
            plan.AddAction(new ActionInput("Course", ActionKind.Course, BudgetAmount: 390m), Now)).Field);
        Assert.Equal("BudgetCurrency", Assert.Throws<DomainRuleException>(() =>
            plan.AddAction(new ActionInput("Course", ActionKind.Course, BudgetAmount: 390m, BudgetCurrency: "euro"), Now)).Field);
        Assert.Equal("BudgetAmount", Assert.Throws<DomainRuleException>(() =>
            plan.AddAction(new ActionInput("Course", ActionKind.Course, BudgetAmount: -1m, BudgetCurrency: "EUR"), Now)).Field);

        plan.AddAction(new ActionInput("Course", ActionKind.Course, BudgetAmount: 390m, BudgetCurrency: " eur "), Now);
        Assert.Equal("EUR", plan.Actions.Single().BudgetCurrency);
    }

    [Fact]
    public void Action_MayOnlyServeThisPlansGoalsAndRequirements()
    {
        var plan = new PlanBuilder().WithGoal("PM in 3 years").WithRequirement("Roadmapping", SkillLevel.Proficient).Build();

        Assert.Equal("GoalId", Assert.Throws<DomainRuleException>(() =>
            plan.AddAction(new ActionInput("x", ActionKind.Other, GoalId: Guid.NewGuid()), Now)).Field);
        Assert.Equal("RequirementId", Assert.Throws<DomainRuleException>(() =>
            plan.AddAction(new ActionInput("x", ActionKind.Other, RequirementId: Guid.NewGuid()), Now)).Field);

        plan.AddAction(new ActionInput("Discovery course", ActionKind.Course, GoalId: plan.Goals[0].Id, RequirementId: plan.Requirements[0].Id), Now);
        Assert.Equal(plan.Goals[0].Id, plan.Actions[0].GoalId);
    }

    [Fact]
    public void RemovingAGoalOrRequirement_UnlinksTheActionsThatServedIt()
    {
        var plan = new PlanBuilder().WithGoal("PM in 3 years").WithRequirement("Roadmapping", SkillLevel.Proficient).Build();
        plan.AddAction(new ActionInput("Discovery course", ActionKind.Course, GoalId: plan.Goals[0].Id, RequirementId: plan.Requirements[0].Id), Now);

        plan.RemoveGoal(plan.Goals[0].Id, Now);
        plan.RemoveRequirement(plan.Requirements[0].Id, Now);

        Assert.Null(plan.Actions[0].GoalId);
        Assert.Null(plan.Actions[0].RequirementId);
    }

    [Fact]
    public void DoneAction_Is100Percent_AndProgressOnANotStartedActionStartsIt()
    {
        var plan = new PlanBuilder().Build();
        var done = plan.AddAction(new ActionInput("Done one", ActionKind.Other, Status: ActionStatus.Done, PercentDone: 40), Now);
        var started = plan.AddAction(new ActionInput("Started one", ActionKind.Other, Status: ActionStatus.NotStarted, PercentDone: 25), Now);

        Assert.Equal(100, plan.Actions.Single(a => a.Id == done).PercentDone);
        Assert.Equal(ActionStatus.InProgress, plan.Actions.Single(a => a.Id == started).Status);
    }
}
