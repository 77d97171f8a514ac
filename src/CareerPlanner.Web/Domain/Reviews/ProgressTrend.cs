namespace CareerPlanner.Web.Domain.Reviews;

/// <summary>The progress of the plan over its reviews, read from their frozen snapshots.</summary>
public static class ProgressTrend
{
    public static IReadOnlyList<TrendPoint> Of(IEnumerable<Review> reviews) =>
        [.. reviews
            .OrderBy(r => r.Date).ThenBy(r => r.RecordedAt)
            .Select(r =>
            {
                var snapshot = r.Snapshot();
                return new TrendPoint(r.Date, snapshot.PercentActionsDone, snapshot.ReadinessPercent);
            })];
}
