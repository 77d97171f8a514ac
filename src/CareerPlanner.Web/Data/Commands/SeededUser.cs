namespace CareerPlanner.Web.Data.Commands;

/// <summary>A user <see cref="SeedCommand.SeedUserAsync"/> made: who, their plan, and the raw token of the plan's mentor link.</summary>
public sealed record SeededUser(string UserId, string Email, int PlanId, string LinkToken);
