namespace CareerPlanner.Tests.Domain.Plans;

/// <summary>Step 1's rules (<c>Plan.SelfAssessment</c>): skills and experience.</summary>
public sealed class SelfAssessmentRulesTests
{
    private static readonly DateTimeOffset Now = PlanBuilder.Now;
    private static readonly DateOnly Today = PlanBuilder.Today;

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void SkillLevel_OutsideOneToFive_IsRefused(int level)
    {
        var plan = new PlanBuilder().Build();

        var error = Assert.Throws<DomainRuleException>(() => plan.AddSkill(new SkillInput("SQL", (SkillLevel)level), Now));

        Assert.Equal("Level", error.Field);
        Assert.Empty(plan.Skills);
    }

    [Fact]
    public void Skill_WithTheSameNameInOtherCase_IsRefused()
    {
        var plan = new PlanBuilder().WithSkill("SQL", SkillLevel.Competent).Build();

        var error = Assert.Throws<DomainRuleException>(() => plan.AddSkill(new SkillInput(" sql ", SkillLevel.Expert), Now));

        Assert.Equal("Name", error.Field);
        Assert.Single(plan.Skills);
    }

    [Fact]
    public void Skills_CanBeEditedRemovedAndReordered()
    {
        var plan = new PlanBuilder().WithSkill("SQL", SkillLevel.Competent).WithSkill("Writing", SkillLevel.Proficient).WithSkill("Roadmapping", SkillLevel.Novice).Build();
        var writing = plan.Skills[1].Id;

        plan.UpdateSkill(writing, new SkillInput("Technical writing", SkillLevel.Expert, "40 help-centre articles"), Now);
        plan.MoveSkill(writing, -1, Now);
        plan.RemoveSkill(plan.Skills.Single(s => s.Name == "Roadmapping").Id, Now);

        Assert.Equal(["Technical writing", "SQL"], plan.Skills.Select(s => s.Name));
        Assert.Equal(SkillLevel.Expert, plan.Skills[0].Level);
        Assert.Equal("40 help-centre articles", plan.Skills[0].Evidence);
    }

    [Fact]
    public void Experience_EndingBeforeItStarts_IsRefused()
    {
        var plan = new PlanBuilder().Build();

        var error = Assert.Throws<DomainRuleException>(() =>
            plan.AddExperience(new ExperienceInput("Support Engineer", "Brightwave", Today.AddYears(-4), Today.AddYears(-5)), Now));

        Assert.Equal("To", error.Field);
    }

    [Fact]
    public void Experience_StartingInTheFuture_IsRefused_ButACurrentJobHasNoEnd()
    {
        var plan = new PlanBuilder().Build();

        Assert.Equal("From", Assert.Throws<DomainRuleException>(() =>
            plan.AddExperience(new ExperienceInput("Future job", null, Today.AddDays(1), null), Now)).Field);

        plan.AddExperience(new ExperienceInput("Support Engineer", "Brightwave", Today.AddYears(-4), null, "Tier-2 escalations"), Now);
        Assert.True(plan.Experiences.Single().IsCurrent);
    }
}
