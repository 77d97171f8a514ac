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
                return new TrendPoint(r.Date, snapshot.PercentActionsDone, snapshot.ReadinessPercent, AverageProgress(snapshot));
            })];

    /// <summary>The mean % done of the actions (dropped ones aside), rounded to the nearest; null without actions.</summary>
    private static int? AverageProgress(PlanSnapshot snapshot)
    {
        var counted = snapshot.Actions.Where(a => a.Status != ActionStatus.Dropped).ToList();
        return counted.Count == 0 ? null : (int)Math.Round(counted.Average(a => a.PercentDone), MidpointRounding.AwayFromZero);
    }
}
