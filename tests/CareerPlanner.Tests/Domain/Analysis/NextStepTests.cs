namespace CareerPlanner.Tests.Domain.Analysis;

/// <summary>"Do this next": the first unfinished step, then overdue actions, then the check-in.</summary>
public sealed class NextStepTests
{
    private static readonly DateTimeOffset Now = PlanBuilder.Now;
    private static readonly DateOnly Today = PlanBuilder.Today;

    private static Plan ThroughGoals()
    {
        var plan = new PlanBuilder().WithSkill("SQL", SkillLevel.Competent).WithGoal("Lead a feature").Build();
        plan.DescribeSelf("Calm under pressure", null, null, null, Now);
        plan.DescribeAmbition("Product manager", null, null, Now);
        return plan;
    }

    [Fact]
    public void AnEmptyPlan_StartsWithTheSelfAssessment()
    {
        Assert.Equal(PlanStep.SelfAssessment, NextStep.For(new PlanBuilder().Build(), Today).Step);
    }

    [Fact]
    public void TheFirstUnfinishedStep_Comes_Next()
    {
        var plan = ThroughGoals();
        Assert.Equal(PlanStep.GapAnalysis, NextStep.For(plan, Today).Step);

        plan.DescribeTargetRole("Product manager", null, Now);
        plan.AddRequirement(new RequirementInput(RequirementKind.Skill, "Roadmapping", SkillLevel.Proficient, null, ClosingMethod.Training, Priority.High), Now);
        Assert.Equal(PlanStep.ActionPlan, NextStep.For(plan, Today).Step);
    }

    [Fact]
    public void OverdueActions_ComeBeforeTheCheckIn_AndAreCounted()
    {
        var plan = ThroughGoals();
        plan.DescribeTargetRole("Product manager", null, Now);
        plan.AddRequirement(new RequirementInput(RequirementKind.Skill, "Roadmapping", SkillLevel.Proficient, null, ClosingMethod.Training, Priority.High), Now);
        plan.AddAction(new ActionInput("Write two product briefs", ActionKind.OnTheJob, Start: Today, Deadline: Today.AddDays(10)), Now);
        plan.AddAction(new ActionInput("Shadow the PM team", ActionKind.Mentoring, Start: Today, Deadline: Today.AddDays(20)), Now);

        Assert.Equal(new NextStep(PlanStep.ProgressReview, "Record your first check-in"), NextStep.For(plan, Today));
        Assert.Equal(new NextStep(PlanStep.ProgressReview, "Update the 2 overdue actions"), NextStep.For(plan, Today.AddDays(30)));
        Assert.Equal("Update the overdue action", NextStep.For(plan, Today.AddDays(15)).Advice);
    }
}
