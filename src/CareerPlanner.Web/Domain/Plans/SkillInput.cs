namespace CareerPlanner.Web.Domain.Plans;

// What a person enters for each part of the plan. The plan checks these; pages only carry them.

public sealed record SkillInput(string? Name, SkillLevel Level, string? Evidence = null);
