namespace CareerPlanner.Tests.Domain.Reviews;

/// <summary>Progress across reviews (<see cref="ProgressTrend"/>).</summary>
public sealed class ProgressTrendTests
{
    private static readonly DateTimeOffset Now = PlanBuilder.Now;
    private static readonly DateOnly Today = PlanBuilder.Today;

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

        Assert.Equal([new TrendPoint(Today.AddDays(-60), 33, 25, 33), new TrendPoint(Today, 100, 100, 100)], trend);
    }

    [Fact]
    public void Trend_ShowsActionsUnderWay_AsAverageProgress_WhileNoneIsDone()
    {
        var plan = new PlanBuilder().WithAction("Complete the course").WithAction("Run interviews").Build();
        var (course, interviews) = (plan.Actions[0].Id, plan.Actions[1].Id);

        plan.RecordReview(new ReviewInput(Today.AddDays(-30), null, null, [new(course, ActionStatus.InProgress, 20)]), Now);
        plan.RecordReview(new ReviewInput(Today, null, null, [new(course, ActionStatus.InProgress, 40), new(interviews, ActionStatus.InProgress, 50)]), Now);

        var trend = ProgressTrend.Of(plan.Reviews);

        Assert.Equal([0, 0], trend.Select(t => t.PercentActionsDone));
        Assert.Equal([10, 45], trend.Select(t => t.AveragePercentDone));
    }
}
