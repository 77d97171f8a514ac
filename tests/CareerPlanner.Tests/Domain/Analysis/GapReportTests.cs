
namespace CareerPlanner.Tests.Domain.Analysis;

public sealed class GapReportTests
{
    [Fact]
    public void NoRequirements_HasNoReadiness()
    {
        var analysis = GapReport.Of(new PlanBuilder().Build());

        Assert.Empty(analysis.Gaps);
        Assert.Null(analysis.ReadinessPercent);
        Assert.Empty(analysis.ByUrgency);
    }

    [Fact]
    public void AllRequirementsMet_Is100Percent_WithNoGaps()
    {
        var plan = new PlanBuilder()
            .WithSkill("SQL", SkillLevel.Expert)
            .WithRequirement("SQL", SkillLevel.Proficient)
            .WithRequirement("Writing", SkillLevel.Competent, Priority.Low, current: SkillLevel.Competent)
            .Build();

        var analysis = GapReport.Of(plan);

        Assert.Equal(100, analysis.ReadinessPercent);
        Assert.All(analysis.Gaps, g => Assert.Equal(0, g.Gap));
        Assert.Equal(2, analysis.MetCount);
    }

    [Fact]
    public void Gap_IsRequiredMinusCurrent_NeverBelowZero()
    {
        var plan = new PlanBuilder()
            .WithRequirement("Roadmapping", SkillLevel.Proficient, current: SkillLevel.Novice)
            .WithRequirement("Writing", SkillLevel.Competent, current: SkillLevel.Expert)
            .Build();

        var gaps = GapReport.Of(plan).Gaps;

        Assert.Equal(3, gaps[0].Gap);
        Assert.Equal(0, gaps[1].Gap);
        Assert.True(gaps[1].IsMet);
    }

    [Fact]
    public void UnknownCurrentLevel_CountsAsZero_AndSaysSo()
    {
        var plan = new PlanBuilder().WithRequirement("Product management certificate", SkillLevel.Competent).Build();

        var gap = GapReport.Of(plan).Gaps.Single();

        Assert.Equal(CurrentLevelSource.Unknown, gap.Source);
        Assert.Equal(0, gap.Current);
        Assert.Equal(3, gap.Gap);
        Assert.Equal(0, GapReport.Of(plan).ReadinessPercent);
    }

    [Fact]
    public void CurrentLevel_PrefersTheStepOneSkill_OverTheLevelSetHere()
    {
        var plan = new PlanBuilder()
            .WithSkill("Stakeholder management", SkillLevel.AdvancedBeginner)
            .WithRequirement("STAKEHOLDER management ", SkillLevel.Proficient, current: SkillLevel.Expert)
            .Build();

        var gap = GapReport.Of(plan).Gaps.Single();

        Assert.Equal(CurrentLevelSource.SelfAssessment, gap.Source);
        Assert.Equal(2, gap.Current);
    }

    [Fact]
    public void Readiness_WeighsEachRequirementByPriority_WithPartialCredit()
    {
        // High (3) at 2 of 4 → 1.5; low (1) fully met → 1; (1.5 + 1) / 4 = 62.5 % → 62 %.
        var plan = new PlanBuilder()
            .WithRequirement("Prioritisation", SkillLevel.Proficient, Priority.High, SkillLevel.AdvancedBeginner)
            .WithRequirement("Public speaking", SkillLevel.Competent, Priority.Low, SkillLevel.Competent)
            .Build();

        Assert.Equal(62, GapReport.Of(plan).ReadinessPercent);
    }

    [Fact]
    public void Readiness_ForAmarasPlan_Is46Percent()
    {
        var plan = new PlanBuilder()
            .WithSkill("Roadmapping", SkillLevel.Novice)
            .WithSkill("Prioritisation", SkillLevel.AdvancedBeginner)
            .WithSkill("User interviews", SkillLevel.AdvancedBeginner)
            .WithSkill("Stakeholder management", SkillLevel.AdvancedBeginner)
            .WithSkill("Data analysis", SkillLevel.Competent)
            .WithSkill("Public speaking", SkillLevel.AdvancedBeginner)
            .WithRequirement("Roadmapping", SkillLevel.Proficient, Priority.High)
            .WithRequirement("Prioritisation", SkillLevel.Proficient, Priority.High)
            .WithRequirement("User interviews", SkillLevel.Proficient, Priority.High)
            .WithRequirement("Stakeholder management", SkillLevel.Proficient, Priority.Medium)
            .WithRequirement("Data analysis", SkillLevel.Proficient, Priority.Medium)
            .WithRequirement("Product management certificate", SkillLevel.Competent, Priority.Low)
            .WithRequirement("Public speaking", SkillLevel.Competent, Priority.Low)
            .Build();

        // (3·¼ + 3·½ + 3·½ + 2·½ + 2·¾ + 1·0 + 1·⅔) / 15 = 6.92 / 15 = 46.1 %
        Assert.Equal(46, GapReport.Of(plan).ReadinessPercent);
    }

    [Fact]
    public void ByUrgency_OrdersByGapTimesPriority_ThenPriority_ThenName()
    {
        var plan = new PlanBuilder()
            .WithRequirement("Low big gap", SkillLevel.Expert, Priority.Low, SkillLevel.Novice)          // 4 × 1 = 4
            .WithRequirement("High small gap", SkillLevel.Competent, Priority.High, SkillLevel.AdvancedBeginner) // 1 × 3 = 3
            .WithRequirement("Medium gap two", SkillLevel.Proficient, Priority.Medium, SkillLevel.AdvancedBeginner) // 2 × 2 = 4
            .WithRequirement("Met", SkillLevel.Novice, Priority.High, SkillLevel.Expert)                   // 0
            .WithRequirement("Another medium", SkillLevel.Proficient, Priority.Medium, SkillLevel.AdvancedBeginner) // 4
            .Build();

        var order = GapReport.Of(plan).ByUrgency.Select(g => g.Requirement.Name);

        Assert.Equal(["Another medium", "Medium gap two", "Low big gap", "High small gap", "Met"], order);
    }

    [Theory]
    [InlineData(Priority.High, 3)]
    [InlineData(Priority.Medium, 2)]
    [InlineData(Priority.Low, 1)]
    public void PriorityWeights_AreThreeTwoOne(Priority priority, int weight) =>
        Assert.Equal(weight, GapReport.WeightOf(priority));
}
