namespace CareerPlanner.Tests.Domain.Reviews;

/// <summary>What changed between two reviews (<see cref="ReviewComparison"/>).</summary>
public sealed class ReviewComparisonTests
{
    private static readonly DateTimeOffset Now = PlanBuilder.Now;
    private static readonly DateOnly Today = PlanBuilder.Today;

    [Fact]
    public void Compare_NamesEachKindOfChange()
    {
        var plan = new PlanBuilder()
            .WithSkill("SQL", SkillLevel.Competent)
            .WithGoal("Old goal")
            .WithRequirement("Roadmapping", SkillLevel.Proficient, current: SkillLevel.Novice)
            .WithRequirement("Old requirement", SkillLevel.Competent)
            .WithAction("Complete the course").WithAction("Run interviews").WithAction("Attend a conference").WithAction("Read a removed book")
            .Build();
        var before = plan.TakeSnapshot();
        var (course, interviews, conference, book) = (plan.Actions[0].Id, plan.Actions[1].Id, plan.Actions[2].Id, plan.Actions[3].Id);

        plan.UpdateAction(course, new ActionInput("Complete the course", ActionKind.Course, Status: ActionStatus.Done), Now);
        plan.UpdateAction(interviews, new ActionInput("Run interviews", ActionKind.Course, Status: ActionStatus.InProgress, PercentDone: 50), Now);
        plan.UpdateAction(conference, new ActionInput("Attend a conference", ActionKind.Course, Status: ActionStatus.Dropped), Now);
        plan.RemoveAction(book, Now);
        plan.AddAction(new ActionInput("Present the analysis", ActionKind.OnTheJob), Now);
        plan.RemoveGoal(plan.Goals[0].Id, Now);
        plan.AddGoal(new GoalInput(GoalHorizon.FiveYears, "Senior PM", null, Today.AddYears(5)), Now);
        plan.RemoveRequirement(plan.Requirements[1].Id, Now);
        plan.AddRequirement(new RequirementInput(RequirementKind.Tool, "Jira", SkillLevel.Competent, null, ClosingMethod.NewTool, Priority.Low), Now);
        plan.UpdateSkill(plan.Skills[0].Id, new SkillInput("SQL", SkillLevel.Proficient), Now);
        plan.UpdateRequirement(plan.Requirements[0].Id, new RequirementInput(RequirementKind.Skill, "Roadmapping", SkillLevel.Proficient, SkillLevel.AdvancedBeginner, ClosingMethod.Training, Priority.High), Now);

        var changes = ReviewComparison.Compare(before, plan.TakeSnapshot());

        Assert.Equal(
        [
            (ChangeKind.ActionCompleted, "Completed: “Complete the course”."),
            (ChangeKind.ProgressMoved, "“Run interviews” moved from 0 % to 50 %."),
            (ChangeKind.ActionDropped, "Dropped: “Attend a conference”."),
            (ChangeKind.ActionAdded, "Action added: “Present the analysis”."),
            (ChangeKind.ActionRemoved, "Action removed: “Read a removed book”."),
            (ChangeKind.GoalAdded, "Goal added: “Senior PM”."),
            (ChangeKind.GoalRemoved, "Goal removed: “Old goal”."),
            (ChangeKind.RequirementAdded, "Requirement added: “Jira”."),
            (ChangeKind.RequirementRemoved, "Requirement removed: “Old requirement”."),
            (ChangeKind.LevelChanged, "SQL: level 3 → 4."),
            (ChangeKind.LevelChanged, "Roadmapping: level 1 → 2."),
        ], changes.Select(c => (c.Kind, c.Description)));
    }

    [Fact]
    public void Compare_OfASnapshotWithItself_FindsNothing()
    {
        var plan = new PlanBuilder().WithSkill("SQL", SkillLevel.Competent).WithAction("Complete the course").Build();
        Assert.Empty(ReviewComparison.Compare(plan.TakeSnapshot(), plan.TakeSnapshot()));
    }
}
