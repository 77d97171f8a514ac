namespace CareerPlanner.Web.Domain.Reviews;

/// <summary>A moment worth celebrating (step 5).</summary>
public sealed class Milestone
{
    internal Milestone() { }

    internal Milestone(Guid id) => Id = id;

    public Guid Id { get; private set; }

    /// <summary>A copy with the same id: EF Core writes a JSON list in order only for new instances, so reordering swaps in copies.</summary>
    internal Milestone Copy() => (Milestone)MemberwiseClone();
    public MilestoneKind Kind { get; internal set; }
    public DateOnly Date { get; internal set; }
    public string Note { get; internal set; } = "";
}
