namespace CareerPlanner.Web.Domain.Reviews;

/// <summary>Where the plan stood at one review.</summary>
public sealed record TrendPoint(DateOnly Date, int? PercentActionsDone, int? ReadinessPercent);
