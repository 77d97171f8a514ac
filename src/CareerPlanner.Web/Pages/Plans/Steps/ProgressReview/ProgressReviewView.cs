namespace CareerPlanner.Web.Pages.Plans.Steps.ProgressReview;

/// <summary>What the progress-review page shows of a plan: reviews with what changed, the trend, milestones, overdue actions.</summary>
public sealed record ProgressReviewView(
    IReadOnlyList<PlanAction> Overdue,
    IReadOnlyList<Milestone> Milestones,
    IReadOnlyList<ReviewView> Reviews,
    IReadOnlyList<PlanChange>? SinceLastReview,
    TrendChart Trend,
    IReadOnlyDictionary<Guid, string> ActionTitles)
{
    public static ProgressReviewView Of(Plan plan, DateOnly today)
    {
        var reviews = plan.Reviews.OrderBy(r => r.Date).ThenBy(r => r.RecordedAt).ToList();
        var snapshots = reviews.Select(r => r.Snapshot()).ToList();
        return new(
            plan.OverdueActions(today),
            [.. plan.Milestones.OrderByDescending(m => m.Date)],
            // Newest first, each with what changed since the one before.
            [.. reviews.Select((r, i) => new ReviewView(r, snapshots[i], i == 0 ? null : ReviewComparison.Compare(snapshots[i - 1], snapshots[i]))).Reverse()],
            snapshots.Count == 0 ? null : ReviewComparison.Compare(snapshots[^1], plan.TakeSnapshot()),
            TrendChart.Of(ProgressTrend.Of(reviews)),
            plan.Actions.ToDictionary(a => a.Id, a => a.Title));
    }
}
