namespace CareerPlanner.Web.Domain.Plans;

/// <summary>A part kept in one of the plan's ordered lists (a skill, a goal, an action …).</summary>
/// <typeparam name="TSelf">The part's own type.</typeparam>
internal interface IPlanPart<TSelf> where TSelf : class, IPlanPart<TSelf>
{
    /// <summary>What a person calls one of these, for messages ("skill", "action").</summary>
    static abstract string Noun { get; }

    Guid Id { get; }

    /// <summary>A copy with the same id: EF Core writes a JSON list in order only for new instances, so reordering swaps in copies.</summary>
    TSelf Copy();
}
