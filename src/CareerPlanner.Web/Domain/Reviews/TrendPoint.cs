namespace CareerPlanner.Web.Domain.Reviews;

/// <summary>
/// Where the plan stood at one review: the share of actions finished, the average progress of all of
/// them (so two actions at 40 % and 50 % show as movement, not a flat 0 %), and readiness.
/// </summary>
public sealed record TrendPoint(DateOnly Date, int? PercentActionsDone, int? ReadinessPercent, int? AveragePercentDone);
