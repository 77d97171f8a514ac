
namespace CareerPlanner.Web.Pages.Plans.Details;

/// <summary>The feedback slot under one step: its mentor comments, and the comment form for a mentor.</summary>
public sealed record StepFeedback(int PlanId, PlanStep Step, IReadOnlyList<CommentView> Comments, DocumentViewer Reader)
{
    public CommentDraft? Draft => Reader.Draft is { } draft && draft.Step == Step ? draft : null;

    public string Slug => Step.ToString().ToLowerInvariant();

    /// <summary>The owner's view of one step's comments, newest first.</summary>
    public static StepFeedback ForOwner(int planId, PlanStep step, IEnumerable<MentorFeedback.Comment> comments) =>
        new(planId, step, [.. comments.Where(c => c.Step == step).OrderByDescending(c => c.CreatedAt).Select(CommentView.Of)], DocumentViewer.Owner);
}
