
namespace CareerPlanner.Tests.Domain.Plans;

public sealed class StepProgressTests
{
    private static readonly DateTimeOffset Now = PlanBuilder.Now;

    [Fact]
    public void EmptyPlan_HasNoStepStarted_AndHasReachedTheFirst()
    {
        var plan = new PlanBuilder().Build();

        Assert.All(Enum.GetValues<PlanStep>(), step => Assert.Equal(StepProgress.NotStarted, plan.ProgressOf(step)));
        Assert.Equal(PlanStep.SelfAssessment, plan.StepReached());
    }

    [Fact]
    public void SelfAssessment_IsDoneWithStrengthsAndASkill_InProgressWithEither()
    {
        var plan = new PlanBuilder().Build();

        plan.DescribeSelf("Explains complex problems simply", null, null, null, Now);
        Assert.Equal(StepProgress.InProgress, plan.ProgressOf(PlanStep.SelfAssessment));

        plan.AddSkill(new SkillInput("Customer empathy", SkillLevel.Expert), Now);
        Assert.Equal(StepProgress.Done, plan.ProgressOf(PlanStep.SelfAssessment));
    }

    [Fact]
    public void Goals_AreDoneWithADreamJobAndAGoal()
    {
        var plan = new PlanBuilder().Build();

        plan.DescribeAmbition(null, Intention.FindAnotherJob, null, Now);
        Assert.Equal(StepProgress.InProgress, plan.ProgressOf(PlanStep.Goals));

        plan.DescribeAmbition("Product manager for a B2B product", Intention.FindAnotherJob, null, Now);
        plan.AddGoal(new GoalInput(GoalHorizon.ThreeYears, "Product Manager", null, PlanBuilder.Today.AddYears(3)), Now);
        Assert.Equal(StepProgress.Done, plan.ProgressOf(PlanStep.Goals));
        Assert.Equal(PlanStep.Goals, plan.StepReached());
    }

    [Fact]
    public void GapAnalysis_IsDoneWithATargetRoleAndARequirement()
    {
        var plan = new PlanBuilder().WithRequirement("Roadmapping", SkillLevel.Proficient).Build();
        Assert.Equal(StepProgress.InProgress, plan.ProgressOf(PlanStep.GapAnalysis));

        plan.DescribeTargetRole("Product Manager, B2B SaaS", null, Now);
        Assert.Equal(StepProgress.Done, plan.ProgressOf(PlanStep.GapAnalysis));
    }

    [Fact]
    public void StepReached_IsTheFurthestStepWithContent_EvenIfEarlierOnesAreEmpty()
    {
        var plan = new PlanBuilder().WithAction("Complete the Product Discovery course").Build();

        Assert.Equal(StepProgress.Done, plan.ProgressOf(PlanStep.ActionPlan));
        Assert.Equal(PlanStep.ActionPlan, plan.StepReached());
    }
}
