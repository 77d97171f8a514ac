namespace CareerPlanner.Web.Domain.Plans;

/// <summary>Step 2, goals: the ambition in words and goals at 1, 3 and 5 years and beyond.</summary>
public sealed partial class Plan
{
    public string DreamJob { get; private set; } = "";
    public Intention? Intention { get; private set; }
    public string Opportunities { get; private set; } = "";
    public IReadOnlyList<Goal> Goals => _goals;

    public void DescribeAmbition(string? dreamJob, Intention? intention, string? opportunities, DateTimeOffset now)
    {
        DreamJob = Guard.Optional(dreamJob, nameof(DreamJob), "Dream job", Limits.LongText);
        Intention = intention is { } i ? Guard.Defined(i, nameof(Intention), "Intention") : null;
        Opportunities = Guard.Optional(opportunities, nameof(Opportunities), "Opportunities", Limits.LongText);
        Touch(now);
    }

    public Guid AddGoal(GoalInput input, DateTimeOffset now) =>
        Add(_goals, new Goal(Guid.NewGuid()), g => Apply(g, input, Today(now), isNew: true), nameof(GoalInput.Title), now);

    public void UpdateGoal(Guid id, GoalInput input, DateTimeOffset now) => Update(_goals, id, g => Apply(g, input, Today(now), isNew: false), now);

    /// <summary>Removes the goal; actions that served it stay, no longer linked.</summary>
    public void RemoveGoal(Guid id, DateTimeOffset now)
    {
        Remove(_goals, id, now);
        foreach (var action in _actions.Where(a => a.GoalId == id))
        {
            action.GoalId = null;
        }
    }

    /// <summary>Goals grouped by horizon (1 year first), soonest target first within each.</summary>
    public IReadOnlyList<(GoalHorizon Horizon, IReadOnlyList<Goal> Goals)> GoalsByHorizon() =>
        [.. _goals
            .GroupBy(g => g.Horizon)
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, (IReadOnlyList<Goal>)[.. g.OrderBy(x => x.TargetDate)]))];

    public void MoveGoal(Guid id, int offset, DateTimeOffset now) => Move(_goals, id, offset, now);

    private static void Apply(Goal goal, GoalInput input, DateOnly today, bool isNew)
    {
        var horizon = Guard.Defined(input.Horizon, nameof(GoalInput.Horizon), "Horizon");
        var title = Guard.Required(input.Title, nameof(GoalInput.Title), "Goal", Limits.Title);
        var description = Guard.Optional(input.Description, nameof(GoalInput.Description), "What achieving it looks like", Limits.LongText);

        // A goal that has passed its date may still be edited; a new or moved date must lie ahead.
        var dateChanged = isNew || goal.TargetDate != input.TargetDate;
        if (dateChanged && input.TargetDate <= today)
        {
            throw new DomainRuleException(nameof(GoalInput.TargetDate), "The target date must be after today.");
        }

        (goal.Horizon, goal.Title, goal.Description, goal.TargetDate) = (horizon, title, description, input.TargetDate);
    }
}
