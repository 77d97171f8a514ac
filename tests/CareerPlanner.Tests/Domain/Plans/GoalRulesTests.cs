namespace CareerPlanner.Tests.Domain.Plans;

/// <summary>Step 2's rules (<c>Plan.Goals</c>): goals on a horizon, with a target date ahead.</summary>
public sealed class GoalRulesTests
{
    private static readonly DateTimeOffset Now = PlanBuilder.Now;
    private static readonly DateOnly Today = PlanBuilder.Today;

    [Fact]
    public void Goal_TargetDateTodayOrEarlier_IsRefused()
    {
        var plan = new PlanBuilder().Build();

        Assert.Equal("TargetDate", Assert.Throws<DomainRuleException>(() =>
            plan.AddGoal(new GoalInput(GoalHorizon.OneYear, "Ship a feature", null, Today), Now)).Field);
        Assert.Equal("TargetDate", Assert.Throws<DomainRuleException>(() =>
            plan.AddGoal(new GoalInput(GoalHorizon.OneYear, "Ship a feature", null, Today.AddDays(-3)), Now)).Field);
        plan.AddGoal(new GoalInput(GoalHorizon.OneYear, "Ship a feature", null, Today.AddDays(1)), Now);
        Assert.Single(plan.Goals);
    }

    [Fact]
    public void Goal_WhoseDateHasPassed_CanStillBeEdited_IfTheDateIsLeftAlone()
    {
        var plan = new PlanBuilder().WithGoal("Ship a feature", monthsAhead: 1).Build();
        var goal = plan.Goals[0];
        var twoMonthsLater = Now.AddMonths(2);

        plan.UpdateGoal(goal.Id, new GoalInput(goal.Horizon, "Ship a feature end-to-end", "Done as PM shadow", goal.TargetDate), twoMonthsLater);

        Assert.Equal("Ship a feature end-to-end", plan.Goals[0].Title);
        Assert.Throws<DomainRuleException>(() =>
            plan.UpdateGoal(goal.Id, new GoalInput(goal.Horizon, "Ship", null, goal.TargetDate.AddDays(1)), twoMonthsLater));
    }

    [Fact]
    public void Goal_WithAnUndefinedHorizon_IsRefused()
    {
        var plan = new PlanBuilder().Build();
        Assert.Equal("Horizon", Assert.Throws<DomainRuleException>(() =>
            plan.AddGoal(new GoalInput((GoalHorizon)7, "x", null, Today.AddDays(9)), Now)).Field);
    }
}
