namespace CareerPlanner.Web.Domain.Analysis;

/// <summary>A plan at a glance, for the list of plans.</summary>
public sealed record PlanStatus(
    PlanStep StepReached,
    int? ReadinessPercent,
    int ActionsDone,
    int ActionsTotal,
    DateOnly? NextDeadline,
    int OverdueCount,
    DateOnly? NextReview,
    bool ReviewOverdue)
{
    /// <summary>Dropped actions are left out of the counts.</summary>
    public static PlanStatus Of(Plan plan, DateOnly today)
    {
        var live = plan.Actions.Where(a => a.Status != ActionStatus.Dropped).ToList();
        return new PlanStatus(
            plan.StepReached(),
            GapReport.Of(plan).ReadinessPercent,
            live.Count(a => a.Status == ActionStatus.Done),
            live.Count,
            live.Where(a => a.IsOpen && a.Deadline >= today).Min(a => a.Deadline),
            plan.OverdueActions(today).Count,
            plan.NextReviewDate,
            plan.IsReviewOverdue(today));
    }
}
