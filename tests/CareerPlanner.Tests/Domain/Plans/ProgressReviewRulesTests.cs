namespace CareerPlanner.Tests.Domain.Plans;

/// <summary>Step 5's rules (<c>Plan.ProgressReview</c>): reviews with their snapshot, milestones, overdue actions.</summary>
public sealed class ProgressReviewRulesTests
{
    private static readonly DateTimeOffset Now = PlanBuilder.Now;
    private static readonly DateOnly Today = PlanBuilder.Today;

    [Fact]
    public void Review_InTheFuture_IsRefused()
    {
        var plan = new PlanBuilder().Build();
        Assert.Equal("Date", Assert.Throws<DomainRuleException>(() =>
            plan.RecordReview(new ReviewInput(Today.AddDays(1), "x", null, []), Now)).Field);
    }

    [Fact]
    public void Review_UpdatesActionProgress_AndFreezesASnapshot()
    {
        var plan = new PlanBuilder().WithSkill("SQL", SkillLevel.Competent).WithAction("Discovery course").WithAction("Interviews").Build();
        var course = plan.Actions[0].Id;

        var review = plan.RecordReview(new ReviewInput(Today, "Module 2 done", "Block Fridays", [new(course, ActionStatus.InProgress, 25)]), Now);
        plan.UpdateAction(course, new ActionInput("Discovery course", ActionKind.Course, Status: ActionStatus.Done), Now);

        Assert.Equal(25, review.Progress.Single().PercentDone);
        var snapshot = review.Snapshot();
        Assert.Equal(25, snapshot.Actions.Single(a => a.Id == course).PercentDone);
        Assert.Equal(ActionStatus.InProgress, snapshot.Actions.Single(a => a.Id == course).Status);
        Assert.Equal([new PlanSnapshot.SkillState("SQL", SkillLevel.Competent)], snapshot.Skills);
        Assert.Equal(Today, plan.LastReviewDate);
        Assert.Equal(StepProgress.Done, plan.ProgressOf(PlanStep.ProgressReview));
    }

    [Fact]
    public void Review_NamingAnActionTwiceOrOneNotInThePlan_IsRefused_AndChangesNothing()
    {
        var plan = new PlanBuilder().WithAction("Course").Build();
        var course = plan.Actions[0].Id;

        Assert.Throws<DomainRuleException>(() => plan.RecordReview(new ReviewInput(Today, null, null,
            [new(course, ActionStatus.InProgress, 10), new(course, ActionStatus.InProgress, 20)]), Now));
        Assert.Throws<DomainRuleException>(() => plan.RecordReview(new ReviewInput(Today, null, null,
            [new(course, ActionStatus.InProgress, 10), new(Guid.NewGuid(), ActionStatus.Done, 100)]), Now));

        Assert.Equal(0, plan.Actions[0].PercentDone);
        Assert.Empty(plan.Reviews);
    }

    [Fact]
    public void Milestone_IsRecordedOnceReached_NotInTheFuture()
    {
        var plan = new PlanBuilder().Build();
        Assert.Equal("Date", Assert.Throws<DomainRuleException>(() =>
            plan.AddMilestone(new MilestoneInput(MilestoneKind.Promotion, Today.AddDays(1), null), Now)).Field);
        plan.AddMilestone(new MilestoneInput(MilestoneKind.PerformanceReview, Today, "Exceeds expectations"), Now);
        Assert.Equal(MilestoneKind.PerformanceReview, plan.Milestones.Single().Kind);
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
