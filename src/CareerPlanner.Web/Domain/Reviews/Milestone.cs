namespace CareerPlanner.Web.Domain.Reviews;

/// <summary>A moment worth celebrating (step 5).</summary>
public sealed class Milestone : IPlanPart<Milestone>
{
    internal Milestone() { }

    internal Milestone(Guid id) => Id = id;

    public Guid Id { get; private set; }

    static string IPlanPart<Milestone>.Noun => "milestone";

    Milestone IPlanPart<Milestone>.Copy() => (Milestone)MemberwiseClone();

    public MilestoneKind Kind { get; internal set; }
    public DateOnly Date { get; internal set; }
    public string Note { get; internal set; } = "";
}
