namespace CareerPlanner.Web.Domain.Plans;

public sealed record GoalInput(GoalHorizon Horizon, string? Title, string? Description, DateOnly TargetDate);
