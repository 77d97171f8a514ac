namespace CareerPlanner.Web.Domain.Plans;

/// <summary>Step 4, the action plan: what the person will do, each action checked against SMART.</summary>
public sealed partial class Plan
{
    public IReadOnlyList<PlanAction> Actions => _actions;

    public Guid AddAction(ActionInput input, DateTimeOffset now) => Add(_actions, new PlanAction(Guid.NewGuid()), a => Apply(a, input), nameof(ActionInput.Title), now);

    public void UpdateAction(Guid id, ActionInput input, DateTimeOffset now) => Update(_actions, id, a => Apply(a, input), now);

    public void RemoveAction(Guid id, DateTimeOffset now) => Remove(_actions, id, now);

    public void MoveAction(Guid id, int offset, DateTimeOffset now) => Move(_actions, id, offset, now);

    private void Apply(PlanAction action, ActionInput input)
    {
        var title = Guard.Required(input.Title, nameof(ActionInput.Title), "Action", Limits.Title);
        var kind = Guard.Defined(input.Kind, nameof(ActionInput.Kind), "Kind");
        var specific = Guard.Optional(input.Specific, nameof(ActionInput.Specific), "What exactly", Limits.LongText);
        var measure = Guard.Optional(input.Measure, nameof(ActionInput.Measure), "How success is measured", Limits.ShortText);
        var resources = Guard.Optional(input.Resources, nameof(ActionInput.Resources), "Resources", Limits.ShortText);
        if (input.EffortHours is < 0 or > 10_000)
        {
            throw new DomainRuleException(nameof(ActionInput.EffortHours), "Effort must be between 0 and 10,000 hours.");
        }

        if (input.BudgetAmount is < 0 or > 10_000_000)
        {
            throw new DomainRuleException(nameof(ActionInput.BudgetAmount), "Budget must be between 0 and 10,000,000.");
        }

        var currency = NormaliseCurrency(input.BudgetCurrency, input.BudgetAmount);
        if (input.GoalId is { } goalId && _goals.All(g => g.Id != goalId))
        {
            throw new DomainRuleException(nameof(ActionInput.GoalId), "Choose one of this plan's goals.");
        }

        if (input.RequirementId is { } requirementId && _requirements.All(r => r.Id != requirementId))
        {
            throw new DomainRuleException(nameof(ActionInput.RequirementId), "Choose one of this plan's requirements.");
        }

        if (input is { Start: { } start, Deadline: { } deadline } && deadline < start)
        {
            throw new DomainRuleException(nameof(ActionInput.Deadline), "The deadline cannot be before the start.");
        }

        var status = Guard.Defined(input.Status, nameof(ActionInput.Status), "Status");
        var percent = CheckPercent(input.PercentDone, nameof(ActionInput.PercentDone));

        action.Title = title;
        action.Kind = kind;
        action.Specific = specific;
        action.Measure = measure;
        action.EffortHours = input.EffortHours;
        action.Resources = resources;
        action.BudgetAmount = input.BudgetAmount;
        action.BudgetCurrency = currency;
        action.GoalId = input.GoalId;
        action.RequirementId = input.RequirementId;
        action.Start = input.Start;
        action.Deadline = input.Deadline;
        (action.Status, action.PercentDone) = Consistent(status, percent);
    }

    private static string? NormaliseCurrency(string? currency, decimal? amount)
    {
        var code = currency?.Trim().ToUpperInvariant() ?? "";
        if (code.Length == 0)
        {
            return amount is > 0
                ? throw new DomainRuleException(nameof(ActionInput.BudgetCurrency), "Give the currency of the budget (e.g. EUR).")
                : null;
        }

        if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
        {
            throw new DomainRuleException(nameof(ActionInput.BudgetCurrency), "Currency must be a three-letter code such as EUR, USD or GBP.");
        }

        return code;
    }

    private static int CheckPercent(int percent, string field) =>
        percent is < 0 or > 100
            ? throw new DomainRuleException(field, "Progress must be between 0 and 100 %.")
            : percent;

    /// <summary>Done means 100 %; progress on a not-started action means it has started.</summary>
    private static (ActionStatus, int) Consistent(ActionStatus status, int percent) => status switch
    {
        ActionStatus.Done => (status, 100),
        ActionStatus.NotStarted when percent > 0 => (ActionStatus.InProgress, percent),
        _ => (status, percent),
    };
}
