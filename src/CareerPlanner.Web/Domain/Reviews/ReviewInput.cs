namespace CareerPlanner.Web.Domain.Reviews;

public sealed record ReviewInput(DateOnly Date, string? Reflection, string? Changes, IReadOnlyList<ActionProgressInput> Progress);
