namespace CareerPlanner.Web.Domain.Analysis;

/// <summary>
/// What step 4 computes besides the SMART check: which goals and high-priority gaps no action serves
/// yet, and the budget per year and currency.
/// </summary>
public sealed class ActionPlanSummary
{
    private ActionPlanSummary(IReadOnlyList<Goal> goals, IReadOnlyList<Requirement> gaps, IReadOnlyList<BudgetLine> budget)
    {
        GoalsWithoutAction = goals;
        HighPriorityGapsWithoutAction = gaps;
        Budget = budget;
    }

    public IReadOnlyList<Goal> GoalsWithoutAction { get; }

    /// <summary>High-priority requirements with a gap (not yet met) that no action serves.</summary>
    public IReadOnlyList<Requirement> HighPriorityGapsWithoutAction { get; }

    /// <summary>Budget of the actions that are not dropped, by the year of their deadline (else start; null when neither is set), then currency.</summary>
    public IReadOnlyList<BudgetLine> Budget { get; }

    public static ActionPlanSummary Of(Plan plan)
    {
        var live = plan.Actions.Where(a => a.Status != ActionStatus.Dropped).ToList();
        var servedGoals = live.Where(a => a.GoalId is not null).Select(a => a.GoalId!.Value).ToHashSet();
        var servedRequirements = live.Where(a => a.RequirementId is not null).Select(a => a.RequirementId!.Value).ToHashSet();
        var openGaps = GapReport.Of(plan).Gaps.Where(g => !g.IsMet).Select(g => g.Requirement.Id).ToHashSet();

        var budget = live
            .Where(a => a is { BudgetAmount: > 0, BudgetCurrency: not null })
            .GroupBy(a => (Year: (a.Deadline ?? a.Start)?.Year, Currency: a.BudgetCurrency!))
            .OrderBy(g => g.Key.Year ?? int.MaxValue).ThenBy(g => g.Key.Currency, StringComparer.Ordinal)
            .Select(g => new BudgetLine(g.Key.Year, g.Key.Currency, g.Sum(a => a.BudgetAmount!.Value)))
            .ToList();

        return new ActionPlanSummary(
            [.. plan.Goals.Where(g => !servedGoals.Contains(g.Id))],
            [.. plan.Requirements.Where(r => r.Priority == Priority.High && openGaps.Contains(r.Id) && !servedRequirements.Contains(r.Id))],
            budget);
    }
}
