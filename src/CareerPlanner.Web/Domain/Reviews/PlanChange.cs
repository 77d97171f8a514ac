namespace CareerPlanner.Web.Domain.Reviews;

/// <summary>One difference between two snapshots, told in words.</summary>
public sealed record PlanChange(ChangeKind Kind, string Description);
