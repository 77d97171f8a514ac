namespace CareerPlanner.Web.Domain;

// What a person enters for each part of the plan. The plan checks these; pages only carry them.

public sealed record SkillInput(string? Name, SkillLevel Level, string? Evidence = null);

public sealed record ExperienceInput(string? Role, string? Organisation, DateOnly From, DateOnly? To, string? Highlights = null);

public sealed record GoalInput(GoalHorizon Horizon, string? Title, string? Description, DateOnly TargetDate);

public sealed record RequirementInput(
    RequirementKind Kind,
    string? Name,
    SkillLevel RequiredLevel,
    SkillLevel? CurrentLevel,
    ClosingMethod ClosedBy,
    Priority Priority);

public sealed record ActionInput(
    string? Title,
    ActionKind Kind,
    string? Specific = null,
    string? Measure = null,
    decimal? EffortHours = null,
    string? Resources = null,
    decimal? BudgetAmount = null,
    string? BudgetCurrency = null,
    Guid? GoalId = null,
    Guid? RequirementId = null,
    DateOnly? Start = null,
    DateOnly? Deadline = null,
    ActionStatus Status = ActionStatus.NotStarted,
    int PercentDone = 0);

public sealed record MilestoneInput(MilestoneKind Kind, DateOnly Date, string? Note);

public sealed record ActionProgressInput(Guid ActionId, ActionStatus Status, int PercentDone);

public sealed record ReviewInput(DateOnly Date, string? Reflection, string? Changes, IReadOnlyList<ActionProgressInput> Progress);

public sealed record ShareLinkInput(string? Label, DateTimeOffset? ExpiresAt, bool AllowComments, bool AllowRatings);
