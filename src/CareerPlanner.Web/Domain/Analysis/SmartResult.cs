namespace CareerPlanner.Web.Domain.Analysis;

/// <summary>What the SMART check found for one action.</summary>
public sealed record SmartResult(PlanAction Action, IReadOnlyList<SmartFinding> Findings)
{
    public bool Passes(SmartCriterion criterion) => Findings.All(f => f.Criterion != criterion);

    public bool IsSmart => Findings.Count == 0;
}
