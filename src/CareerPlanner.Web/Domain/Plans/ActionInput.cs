namespace CareerPlanner.Web.Domain.Plans;

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
