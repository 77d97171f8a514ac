namespace CareerPlanner.Web.Domain.Plans;

public sealed record RequirementInput(
    RequirementKind Kind,
    string? Name,
    SkillLevel RequiredLevel,
    SkillLevel? CurrentLevel,
    ClosingMethod ClosedBy,
    Priority Priority);
