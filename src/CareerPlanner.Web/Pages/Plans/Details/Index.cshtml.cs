using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Plans.Details;

/// <summary>The plan read as a document: every step rendered, mentor feedback beside it, links to edit each.</summary>
[OutputCache(PolicyName = PageCaching.OwnerPlanPage)]
public sealed class DetailsModel(AppDbContext db, TimeProvider clock, PageVersions versions) : PlanPageModel(db, clock)
{
    public PlanDocument Document { get; private set; } = default!;

    public StepIndicator Steps { get; private set; } = default!;

    public string ContinueUrl { get; private set; } = "";

    public bool ReviewOverdue { get; private set; }

    /// <summary>The plan at a glance for the summary at the top.</summary>
    public PlanStatus Status { get; private set; } = default!;

    public NextStep Next { get; private set; } = default!;

    /// <summary>The next open actions with a deadline, soonest first (three at most).</summary>
    public IReadOnlyList<PlanAction> DueSoon { get; private set; } = [];

    public int UnreadComments { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var plan = await MyPlans.ReadWithReviews().SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return NotFound();
        }

        var feedback = await Db.FeedbackAsync(id);
        Document = PlanDocument.Build(plan, plan.Reviews, feedback, DocumentViewer.Owner, DateOnly.FromDateTime(Now.UtcDateTime));
        Steps = StepIndicator.For(plan, null);
        ContinueUrl = PlanRoutes.Step(plan.Id, plan.CurrentStep);
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        ReviewOverdue = plan.IsReviewOverdue(today);
        Status = PlanStatus.Of(plan, today);
        Next = NextStep.For(plan, today);
        DueSoon = [.. plan.Actions.Where(a => a.IsOpen && a.Deadline >= today).OrderBy(a => a.Deadline).Take(3)];
        UnreadComments = feedback.Comments.Count(c => c.ReadAt is null);

        if (feedback.Comments.Any(c => c.ReadAt is null))
        {
            await Db.MarkCommentsReadAsync(id, Now);

            // This page marks them "new" only this once; a bulk update passes the change tracker, so say so here.
            versions.PlanChanged(id);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostResolveAsync(int id, int commentId)
    {
        var plan = await MyPlans.Include(p => p.MentorComments.Where(c => c.Id == commentId)).SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null || plan.MentorComments.Count == 0)
        {
            return NotFound();
        }

        var step = plan.MentorComments[0].Step;
        plan.ResolveComment(commentId, Now);
        await Db.SaveChangesAsync();
        return Redirect(PlanRoutes.PlanFeedback(id, step));
    }
}
