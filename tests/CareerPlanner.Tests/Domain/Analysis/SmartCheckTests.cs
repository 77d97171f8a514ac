
namespace CareerPlanner.Tests.Domain.Analysis;

public sealed class SmartCheckTests
{
    private static readonly DateTimeOffset Now = PlanBuilder.Now;
    private static readonly DateOnly Today = PlanBuilder.Today;

    private static SmartResult CheckOne(Func<Plan, ActionInput> action)
    {
        var plan = new PlanBuilder().WithGoal("Product Manager in 3 years").WithRequirement("Roadmapping", SkillLevel.Proficient).Build();
        plan.AddAction(action(plan), Now);
        return SmartCheck.Check(plan.Actions.Single(), Today);
    }

    private static ActionInput Good(Plan plan) => new(
        "Complete the Product Discovery course", ActionKind.Course,
        Specific: "All 8 modules and the capstone",
        Measure: "Capstone graded at least 80 %",
        EffortHours: 30, BudgetAmount: 390, BudgetCurrency: "EUR",
        RequirementId: plan.Requirements[0].Id,
        Start: Today.AddDays(14), Deadline: Today.AddMonths(3));

    [Fact]
    public void AWellFormedAction_PassesEveryCriterion()
    {
        var result = CheckOne(Good);

        Assert.True(result.IsSmart, string.Join(" ", result.Findings.Select(f => f.Message)));
        Assert.All(Enum.GetValues<SmartCriterion>(), c => Assert.True(result.Passes(c)));
    }

    [Fact]
    public void AVagueAction_IsFlaggedOnAllFiveCriteria()
    {
        var result = CheckOne(_ => new ActionInput("Get better at prioritising", ActionKind.Other));

        Assert.Equal(Enum.GetValues<SmartCriterion>(), result.Findings.Select(f => f.Criterion));
        Assert.Contains("“get better” is vague", result.Findings[0].Message);
    }

    [Theory]
    [InlineData("Read books")]
    [InlineData("Networking")]
    public void Specific_TitleUnderThreeWords_IsFlagged(string title)
    {
        var result = CheckOne(p => Good(p) with { Title = title });
        Assert.Equal([SmartCriterion.Specific], result.Findings.Select(f => f.Criterion));
        Assert.Contains("too short", result.Findings[0].Message);
    }

    [Fact]
    public void Specific_TitleWithoutAnActionVerb_IsFlagged_UnlessWhatExactlyDescribesIt()
    {
        var flagged = CheckOne(p => Good(p) with { Title = "Monthly mentoring with Dana", Specific = "" });
        var explained = CheckOne(p => Good(p) with { Title = "Monthly mentoring with Dana", Specific = "Meet Dana for an hour on the first Monday" });

        Assert.False(flagged.Passes(SmartCriterion.Specific));
        Assert.Contains("Start the title with what you will do", flagged.Findings[0].Message);
        Assert.True(explained.Passes(SmartCriterion.Specific));
    }

    [Fact]
    public void Measurable_NoMeasure_IsFlagged()
    {
        var result = CheckOne(p => Good(p) with { Measure = "" });
        Assert.Equal([new SmartFinding(SmartCriterion.Measurable, "No measure of success: how will you know it is done?")], result.Findings);
    }

    [Theory]
    [InlineData("Feel more confident", false)]
    [InlineData("12 interviews with notes in the wiki", true)]
    [InlineData("Finish all modules", true)]
    [InlineData("Ten sessions with written take-aways", true)]
    public void Measurable_AMeasureNeedsSomethingCountable(string measure, bool passes) =>
        Assert.Equal(passes, CheckOne(p => Good(p) with { Measure = measure }).Passes(SmartCriterion.Measurable));

    [Fact]
    public void Achievable_NeitherEffortNorResourcesNorBudget_IsFlagged()
    {
        var flagged = CheckOne(p => Good(p) with { EffortHours = null, BudgetAmount = null, BudgetCurrency = null, Resources = "" });
        var withResources = CheckOne(p => Good(p) with { EffortHours = null, BudgetAmount = null, BudgetCurrency = null, Resources = "Team wiki, PM's time" });

        Assert.Equal([SmartCriterion.Achievable], flagged.Findings.Select(f => f.Criterion));
        Assert.True(withResources.IsSmart);
    }

    [Fact]
    public void Relevant_NoGoalNorRequirement_IsFlagged_EitherOneIsEnough()
    {
        Assert.Equal([SmartCriterion.Relevant], CheckOne(p => Good(p) with { RequirementId = null }).Findings.Select(f => f.Criterion));
        Assert.True(CheckOne(p => Good(p) with { RequirementId = null, GoalId = p.Goals[0].Id }).IsSmart);
    }

    [Fact]
    public void TimeBound_NoDeadline_IsFlagged()
    {
        var result = CheckOne(p => Good(p) with { Deadline = null });
        Assert.Equal([new SmartFinding(SmartCriterion.TimeBound, "No deadline.")], result.Findings);
    }

    [Fact]
    public void TimeBound_APassedDeadline_IsFlaggedOnlyWhileTheActionIsOpen()
    {
        var plan = new PlanBuilder().WithRequirement("Roadmapping", SkillLevel.Proficient).Build();
        plan.AddAction(Good(plan) with { Start = Today.AddDays(-30), Deadline = Today.AddDays(-1) }, Now);
        plan.AddAction(Good(plan) with { Title = "Complete the analytics course", Start = Today.AddDays(-30), Deadline = Today.AddDays(-1), Status = ActionStatus.Done }, Now);

        var results = SmartCheck.CheckAll(plan, Today);

        Assert.Equal("The deadline has passed and the action is still open: finish it, move the date, or drop it.", Assert.Single(results[0].Findings).Message);
        Assert.True(results[1].IsSmart);
    }

    [Fact]
    public void TimeBound_ADeadlineBeforeTheStart_IsFlagged()
    {
        // The plan refuses such dates; an action can still carry them from an imported or older plan.
        var plan = new PlanBuilder().WithRequirement("Roadmapping", SkillLevel.Proficient).Build();
        plan.AddAction(Good(plan), Now);
        var action = plan.Actions[0];
        typeof(PlanAction).GetProperty(nameof(PlanAction.Deadline))!.SetValue(action, action.Start!.Value.AddDays(-1));

        Assert.Equal("The deadline is before the start.", Assert.Single(SmartCheck.Check(action, Today).Findings).Message);
    }
}
