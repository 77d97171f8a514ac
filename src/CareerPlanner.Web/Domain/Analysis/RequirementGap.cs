namespace CareerPlanner.Web.Domain.Analysis;

/// <summary>One requirement of the target role against where the person stands.</summary>
public sealed record RequirementGap(
    Requirement Requirement,
    int Current,
    CurrentLevelSource Source,
    int Required,
    int Gap,
    int Weight)
{
    /// <summary>Gap × priority weight: what the list is ordered by.</summary>
    public int Urgency => Gap * Weight;

    public bool IsMet => Gap == 0;
}
