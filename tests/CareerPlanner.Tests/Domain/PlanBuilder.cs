
namespace CareerPlanner.Tests.Domain;

/// <summary>Builds real plans through the domain's own methods, for tests.</summary>
public sealed class PlanBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    private readonly Plan _plan = new("owner-1", "Support engineer → product manager", Now);

    public PlanBuilder WithSkill(string name, SkillLevel level)
    {
        _plan.AddSkill(new SkillInput(name, level), Now);
        return this;
    }

    public PlanBuilder WithGoal(string title, GoalHorizon horizon = GoalHorizon.OneYear, int monthsAhead = 11)
    {
        _plan.AddGoal(new GoalInput(horizon, title, null, Today.AddMonths(monthsAhead)), Now);
        return this;
    }

    public PlanBuilder WithRequirement(string name, SkillLevel required, Priority priority = Priority.High, SkillLevel? current = null)
    {
        _plan.AddRequirement(new RequirementInput(RequirementKind.Skill, name, required, current, ClosingMethod.Training, priority), Now);
        return this;
    }

    public PlanBuilder WithAction(string title, DateOnly? start = null, DateOnly? deadline = null)
    {
        _plan.AddAction(new ActionInput(title, ActionKind.Course, Start: start, Deadline: deadline), Now);
        return this;
    }

    public Plan Build() => _plan;
}
