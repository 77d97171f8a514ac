namespace CareerPlanner.Web.Domain.Plans;

/// <summary>A goal for one horizon (step 2).</summary>
public sealed class Goal : IPlanPart<Goal>
{
    internal Goal() { }

    internal Goal(Guid id) => Id = id;

    public Guid Id { get; private set; }

    static string IPlanPart<Goal>.Noun => "goal";

    Goal IPlanPart<Goal>.Copy() => (Goal)MemberwiseClone();

    public GoalHorizon Horizon { get; internal set; }
    public string Title { get; internal set; } = "";
    public string Description { get; internal set; } = "";
    public DateOnly TargetDate { get; internal set; }
}
