
namespace CareerPlanner.Web.Pages.Plans.Details;

/// <summary>
/// Everything the plan document shows — the five steps, charts, and mentor feedback — worked out
/// once for the owner's overview and the mentor's reading view alike.
/// </summary>
public sealed record PlanDocument(
    Plan Plan,
    DocumentViewer Reader,
    GapReport Gaps,
    GapChart Chart,
    IReadOnlyList<(GoalHorizon Horizon, IReadOnlyList<Goal> Goals)> GoalsByHorizon,
    IReadOnlyList<SmartResult> Smart,
    ActionPlanSummary ActionSummary,
    TimelineChart Timeline,
    TrendChart Trend,
    Review? LatestReview,
    int ReviewCount,
    IReadOnlyList<PlanAction> Overdue,
    IReadOnlyList<Milestone> Milestones,
    IReadOnlyDictionary<PlanStep, IReadOnlyList<CommentView>> Comments,
    IReadOnlyDictionary<Guid, IReadOnlyList<RatingView>> Ratings)
{
    public StepFeedback FeedbackOn(PlanStep step) => new(Plan.Id, step, Comments.TryGetValue(step, out var list) ? list : [], Reader);

    public IReadOnlyList<RatingView> RatingsOf(Guid requirementId) => Ratings.TryGetValue(requirementId, out var list) ? list : [];

    /// <summary>The level this link's mentor gave a requirement, for prefilling their form.</summary>
    public SkillLevel? MyRating(Guid requirementId) =>
        Reader.IsOwner || RatingsOf(requirementId) is not [var mine, ..] ? null : mine.Level;

    public static PlanDocument Build(
        Plan plan,
        IReadOnlyList<Review> reviews,
        MentorFeedback feedback,
        DocumentViewer reader,
        DateOnly today)
    {
        var gaps = GapReport.Of(plan);
        return new PlanDocument(
            plan,
            reader,
            gaps,
            GapChart.Of(gaps),
            plan.GoalsByHorizon(),
            SmartCheck.CheckAll(plan, today),
            ActionPlanSummary.Of(plan),
            TimelineChart.Of(plan, today),
            TrendChart.Of(ProgressTrend.Of(reviews)),
            reviews.OrderByDescending(r => r.Date).ThenByDescending(r => r.RecordedAt).FirstOrDefault(),
            reviews.Count,
            plan.OverdueActions(today),
            [.. plan.Milestones.OrderByDescending(m => m.Date)],
            feedback.Comments
                .OrderByDescending(c => c.CreatedAt)
                .GroupBy(c => c.Step)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<CommentView>)[.. g.Select(CommentView.Of)]),
            RatingView.ByRequirement(feedback.Ratings, gaps));
    }
}
