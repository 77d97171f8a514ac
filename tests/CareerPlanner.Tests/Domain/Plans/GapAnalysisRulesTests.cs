namespace CareerPlanner.Tests.Domain.Plans;

/// <summary>Step 3's rules (<c>Plan.GapAnalysis</c>): a requirement's current level.</summary>
public sealed class GapAnalysisRulesTests
{
    [Fact]
    public void Requirement_CurrentLevelComesFromTheStepOneSkillOfTheSameName()
    {
        var plan = new PlanBuilder()
            .WithSkill("Stakeholder management", SkillLevel.AdvancedBeginner)
            .WithRequirement(" stakeholder MANAGEMENT ", SkillLevel.Proficient, current: SkillLevel.Expert)
            .WithRequirement("Product management certificate", SkillLevel.Competent, current: SkillLevel.Novice)
            .WithRequirement("Roadmapping", SkillLevel.Proficient)
            .Build();

        Assert.Equal(SkillLevel.AdvancedBeginner, plan.CurrentLevelOf(plan.Requirements[0]));
        Assert.Equal(SkillLevel.Novice, plan.CurrentLevelOf(plan.Requirements[1]));
        Assert.Null(plan.CurrentLevelOf(plan.Requirements[2]));
    }
}
