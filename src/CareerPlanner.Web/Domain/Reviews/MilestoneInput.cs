namespace CareerPlanner.Web.Domain.Reviews;

public sealed record MilestoneInput(MilestoneKind Kind, DateOnly Date, string? Note);
