
namespace CareerPlanner.Tests.Domain.Plans;

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

    [Fact]
    public void Action_WithADeadlineBeforeItsStart_IsRefused()
    {
        var plan = new PlanBuilder().Build();

        var error = Assert.Throws<DomainRuleException>(() =>
            plan.AddAction(new ActionInput("Complete the course", ActionKind.Course, Start: Today.AddDays(10), Deadline: Today.AddDays(9)), Now));

        Assert.Equal("Deadline", error.Field);
        Assert.Empty(plan.Actions);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void Action_ProgressOutside0To100_IsRefused(int percent)
    {
        var plan = new PlanBuilder().Build();
        Assert.Equal("PercentDone", Assert.Throws<DomainRuleException>(() =>
            plan.AddAction(new ActionInput("Read a book", ActionKind.Other, PercentDone: percent), Now)).Field);
    }

    [Fact]
    public void Action_WithABudget_NeedsAThreeLetterCurrency()
    {
        var plan = new PlanBuilder().Build();

        Assert.Equal("BudgetCurrency", Assert.Throws<DomainRuleException>(() =>
            plan.AddAction(new ActionInput("Course", ActionKind.Course, BudgetAmount: 390m), Now)).Field);
        Assert.Equal("BudgetCurrency", Assert.Throws<DomainRuleException>(() =>
            plan.AddAction(new ActionInput("Course", ActionKind.Course, BudgetAmount: 390m, BudgetCurrency: "euro"), Now)).Field);
        Assert.Equal("BudgetAmount", Assert.Throws<DomainRuleException>(() =>
            plan.AddAction(new ActionInput("Course", ActionKind.Course, BudgetAmount: -1m, BudgetCurrency: "EUR"), Now)).Field);

        plan.AddAction(new ActionInput("Course", ActionKind.Course, BudgetAmount: 390m, BudgetCurrency: " eur "), Now);
        Assert.Equal("EUR", plan.Actions.Single().BudgetCurrency);
    }

    [Fact]
    public void Action_MayOnlyServeThisPlansGoalsAndRequirements()
    {
        var plan = new PlanBuilder().WithGoal("PM in 3 years").WithRequirement("Roadmapping", SkillLevel.Proficient).Build();

        Assert.Equal("GoalId", Assert.Throws<DomainRuleException>(() =>
            plan.AddAction(new ActionInput("x", ActionKind.Other, GoalId: Guid.NewGuid()), Now)).Field);
        Assert.Equal("RequirementId", Assert.Throws<DomainRuleException>(() =>
            plan.AddAction(new ActionInput("x", ActionKind.Other, RequirementId: Guid.NewGuid()), Now)).Field);

        plan.AddAction(new ActionInput("Discovery course", ActionKind.Course, GoalId: plan.Goals[0].Id, RequirementId: plan.Requirements[0].Id), Now);
        Assert.Equal(plan.Goals[0].Id, plan.Actions[0].GoalId);
    }

    [Fact]
    public void RemovingAGoalOrRequirement_UnlinksTheActionsThatServedIt()
    {
        var plan = new PlanBuilder().WithGoal("PM in 3 years").WithRequirement("Roadmapping", SkillLevel.Proficient).Build();
        plan.AddAction(new ActionInput("Discovery course", ActionKind.Course, GoalId: plan.Goals[0].Id, RequirementId: plan.Requirements[0].Id), Now);

        plan.RemoveGoal(plan.Goals[0].Id, Now);
        plan.RemoveRequirement(plan.Requirements[0].Id, Now);

        Assert.Null(plan.Actions[0].GoalId);
        Assert.Null(plan.Actions[0].RequirementId);
    }

    [Fact]
    public void DoneAction_Is100Percent_AndProgressOnANotStartedActionStartsIt()
    {
        var plan = new PlanBuilder().Build();
        var done = plan.AddAction(new ActionInput("Done one", ActionKind.Other, Status: ActionStatus.Done, PercentDone: 40), Now);
        var started = plan.AddAction(new ActionInput("Started one", ActionKind.Other, Status: ActionStatus.NotStarted, PercentDone: 25), Now);

        Assert.Equal(100, plan.Actions.Single(a => a.Id == done).PercentDone);
        Assert.Equal(ActionStatus.InProgress, plan.Actions.Single(a => a.Id == started).Status);
    }

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
}
