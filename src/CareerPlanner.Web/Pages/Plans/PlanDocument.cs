using CareerPlanner.Web.Data;
using CareerPlanner.Web.Domain;
using CareerPlanner.Web.Services;

namespace CareerPlanner.Web.Pages.Plans;

/// <summary>Who is reading the plan document: its owner (with edit links), or a mentor through a link.</summary>
public sealed record DocumentReader(bool IsOwner, string? Token = null, bool CanComment = false, bool CanRate = false, string MentorName = "", CommentDraft? Draft = null)
{
    public static DocumentReader Owner { get; } = new(true);
}

/// <summary>A mentor's comment that was refused, shown again in its step's form with the messages.</summary>
public sealed record CommentDraft(PlanStep Step, string Name, string Body, string? NameError, string? BodyError);

/// <summary>The feedback slot under one step: its mentor comments, and the comment form for a mentor.</summary>
public sealed record StepFeedback(int PlanId, PlanStep Step, IReadOnlyList<CommentView> Comments, DocumentReader Reader)
{
    public CommentDraft? Draft => Reader.Draft is { } draft && draft.Step == Step ? draft : null;

    public string Slug => Step.ToString().ToLowerInvariant();

    /// <summary>The owner's view of one step's comments, newest first.</summary>
    public static StepFeedback ForOwner(int planId, PlanStep step, IEnumerable<MentorFeedback.Comment> comments) =>
        new(planId, step, [.. comments.Where(c => c.Step == step).OrderByDescending(c => c.CreatedAt).Select(CommentView.Of)], DocumentReader.Owner);
}

/// <summary>A mentor comment as shown next to its step.</summary>
public sealed record CommentView(int Id, string AuthorName, string LinkLabel, string Body, DateTime CreatedAt, bool IsResolved, bool IsUnread)
{
    public static CommentView Of(MentorFeedback.Comment c) =>
        new(c.Id, c.AuthorName, c.LinkLabel, c.Body, c.CreatedAt, c.ResolvedAt is not null, c.ReadAt is null);
}

/// <summary>One mentor's rating of a requirement, next to the planner's own level.</summary>
public sealed record RatingView(string MentorLabel, SkillLevel Level, bool WorthAConversation)
{
    /// <summary>The ratings of each requirement still in the plan, flagged where they differ enough from the planner's current level.</summary>
    public static IReadOnlyDictionary<Guid, IReadOnlyList<RatingView>> ByRequirement(IEnumerable<MentorFeedback.Rating> ratings, GapAnalysis gaps)
    {
        var current = gaps.Gaps.ToDictionary(g => g.Requirement.Id, g => g.Current);
        return ratings
            .Where(r => current.ContainsKey(r.RequirementId))
            .GroupBy(r => r.RequirementId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<RatingView>)[.. g.Select(r => new RatingView(
                r.LinkLabel, r.Level, MentorRating.IsWorthAConversation(current[r.RequirementId], r.Level)))]);
    }
}

/// <summary>
/// Everything the plan document shows — the five steps, charts, and mentor feedback — worked out
/// once for the owner's overview and the mentor's reading view alike.
/// </summary>
public sealed record PlanDocument(
    Plan Plan,
    DocumentReader Reader,
    GapAnalysis Gaps,
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
        DocumentReader reader,
        DateOnly today)
    {
        var gaps = GapAnalysis.Of(plan);
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
