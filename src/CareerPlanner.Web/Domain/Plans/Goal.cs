namespace CareerPlanner.Web.Domain.Plans;

/// <summary>A goal for one horizon (step 2).</summary>
public sealed class Goal
{
    internal Goal() { }

    internal Goal(Guid id) => Id = id;

    public Guid Id { get; private set; }

    /// <summary>A copy with the same id: EF Core writes a JSON list in order only for new instances, so reordering swaps in copies.</summary>
    internal Goal Copy() => (Goal)MemberwiseClone();
    public GoalHorizon Horizon { get; internal set; }
    public string Title { get; internal set; } = "";
    public string Description { get; internal set; } = "";
    public DateOnly TargetDate { get; internal set; }
}
