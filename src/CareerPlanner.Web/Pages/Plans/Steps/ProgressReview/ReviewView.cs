namespace CareerPlanner.Web.Pages.Plans.Steps.ProgressReview;

/// <summary>A review as the page lists it: its frozen snapshot and what changed since the one before.</summary>
public sealed record ReviewView(Review Review, PlanSnapshot Snapshot, IReadOnlyList<PlanChange>? ChangesSincePrevious)
{
    public string TitleOf(Guid actionId) => Snapshot.Actions.FirstOrDefault(a => a.Id == actionId)?.Title ?? "(removed action)";
}
