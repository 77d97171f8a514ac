namespace CareerPlanner.Web.Domain;

/// <summary>Where the plan stood at one review.</summary>
public sealed record TrendPoint(DateOnly Date, int? PercentActionsDone, int? ReadinessPercent);

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
