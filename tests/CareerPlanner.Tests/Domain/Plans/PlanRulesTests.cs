namespace CareerPlanner.Tests.Domain.Plans;

/// <summary>What every plan obeys: a title, a version that moves on with each change, lists that keep their order, text within its limits.</summary>
public sealed class PlanRulesTests
{
    private static readonly DateTimeOffset Now = PlanBuilder.Now;
    private static readonly DateOnly Today = PlanBuilder.Today;

    [Fact]
    public void NewPlan_StartsAtTheFirstStep_WithVersionOne()
    {
        var plan = new Plan("owner", "  My plan ", Now);

        Assert.Equal("My plan", plan.Title);
        Assert.Equal(PlanStep.SelfAssessment, plan.CurrentStep);
        Assert.Equal(1, plan.Version);
        Assert.Equal(Now.UtcDateTime, plan.CreatedAt);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Plan_WithoutATitle_IsRefused(string? title)
    {
        var error = Assert.Throws<DomainRuleException>(() => new Plan("owner", title, Now));
        Assert.Equal("Title", error.Field);
    }

    [Fact]
    public void Rename_RefusesATitleOver120Characters_AndKeepsTheOldOne()
    {
        var plan = new PlanBuilder().Build();

        var error = Assert.Throws<DomainRuleException>(() => plan.Rename(new string('a', 121), Now));

        Assert.Equal("Title", error.Field);
        Assert.Equal("Support engineer → product manager", plan.Title);
    }

    [Fact]
    public void EveryChange_MovesTheVersionOn()
    {
        var plan = new PlanBuilder().Build();
        var later = Now.AddHours(1);

        plan.Rename("Renamed", later);
        plan.AddSkill(new SkillInput("SQL", SkillLevel.Competent), later);

        Assert.Equal(3, plan.Version);
        Assert.Equal(later.UtcDateTime, plan.UpdatedAt);
    }

    [Fact]
    public void Moving_PastEitherEnd_StaysPut()
    {
        var plan = new PlanBuilder().WithSkill("A", SkillLevel.Novice).WithSkill("B", SkillLevel.Novice).Build();
        var version = plan.Version;

        plan.MoveSkill(plan.Skills[0].Id, -1, Now);
        plan.MoveSkill(plan.Skills[1].Id, +1, Now);

        Assert.Equal(["A", "B"], plan.Skills.Select(s => s.Name));
        Assert.Equal(version, plan.Version);
    }

    [Fact]
    public void UnknownPartId_IsReportedAsNotFound()
    {
        var plan = new PlanBuilder().Build();
        Assert.Throws<PlanPartNotFoundException>(() => plan.RemoveSkill(Guid.NewGuid(), Now));
        Assert.Throws<PlanPartNotFoundException>(() => plan.UpdateGoal(Guid.NewGuid(), new GoalInput(GoalHorizon.OneYear, "x", null, Today.AddDays(5)), Now));
    }

    [Fact]
    public void Text_OverTheLimit_OrWithControlCharacters_IsRefused()
    {
        var plan = new PlanBuilder().Build();

        Assert.Equal("Strengths", Assert.Throws<DomainRuleException>(() =>
            plan.DescribeSelf(new string('a', Limits.LongText + 1), null, null, null, Now)).Field);
        Assert.Equal("Motivators", Assert.Throws<DomainRuleException>(() =>
            plan.DescribeSelf("ok", "nul \0 inside", null, null, Now)).Field);

        plan.DescribeSelf("Line one\nLine two\twith tab", null, null, null, Now);
        Assert.Equal("Line one\nLine two\twith tab", plan.Strengths);
    }
}
