using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Plans.Steps.ProgressReview;

/// <summary>Step 5: record check-ins and milestones, and see progress over time and what changed.</summary>
[OutputCache(PolicyName = PageCaching.OwnerPlanPage)]
public sealed class ProgressReviewModel(AppDbContext db, TimeProvider clock) : StepPage(db, clock)
{
    [BindProperty]
    public ReviewForm Review { get; set; } = new();

    [BindProperty]
    public MilestoneForm Milestone { get; set; } = new();

    /// <summary>The changes to a recorded milestone (see <see cref="EditingMilestoneId"/>).</summary>
    [BindProperty]
    public MilestoneForm Edit { get; set; } = new();

    [TempData]
    public string? Celebration { get; set; }

    public override PlanStep Step => PlanStep.ProgressReview;

    public ProgressReviewView Progress { get; private set; } = default!;

    /// <summary>The milestone whose edit was refused: its form stays open with what was typed.</summary>
    public Guid? EditingMilestoneId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id, FormKept.None) ? Page() : NotFound();

    public async Task<IActionResult> OnPostReviewAsync(int id)
    {
        if (Review.Date is null)
        {
            ModelState.AddModelError("Review.Date", "Give the date of the review.");
        }

        var outcome = await ApplyToLatestAsync(id, plan =>
        {
            var progress = Review.ProgressAgainst(plan, ModelState);
            if (ModelState.IsValid)
            {
                plan.RecordReview(new ReviewInput(Review.Date ?? default, Review.Reflection, Review.Changes, progress), Now);
                plan.ResumeAt(PlanStep.ProgressReview, Now);
            }
        }, prefix: "Review");
        return await AfterAsync(id, outcome, "Review recorded. A snapshot of your plan is kept with it.", FormKept.Review);
    }

    public async Task<IActionResult> OnPostMilestoneAsync(int id)
    {
        var input = Milestone.ToInput(ModelState, nameof(Milestone));
        var outcome = await ApplyToLatestAsync(id, plan => plan.AddMilestone(input, Now), prefix: nameof(Milestone));
        if (outcome == EditOutcome.Saved)
        {
            Celebration = Milestone.CelebrationText();
        }

        return await AfterAsync(id, outcome, null, FormKept.Milestone);
    }

    public async Task<IActionResult> OnPostUpdateMilestoneAsync(int id, Guid milestoneId)
    {
        EditingMilestoneId = milestoneId;
        var input = Edit.ToInput(ModelState, nameof(Edit));
        var outcome = await ApplyToLatestAsync(id, plan => plan.UpdateMilestone(milestoneId, input, Now), prefix: nameof(Edit));
        return await AfterAsync(id, outcome, "Milestone updated.", FormKept.Edit);
    }

    public async Task<IActionResult> OnPostRemoveMilestoneAsync(int id, Guid milestoneId)
    {
        var outcome = await ApplyToLatestAsync(id, plan => plan.RemoveMilestone(milestoneId, Now), prefix: nameof(Milestone));
        return await AfterAsync(id, outcome, "Milestone removed.", FormKept.None);
    }

    /// <summary>The milestone form to show for a recorded milestone: what was typed if its edit was refused, else its values.</summary>
    public MilestoneForm EditFormFor(Milestone milestone) => milestone.Id == EditingMilestoneId ? Edit : MilestoneForm.From(milestone);

    /// <summary>After a post: on success back to the page; on a refusal the page again, with the form that was sent as typed and the others fresh.</summary>
    private async Task<IActionResult> AfterAsync(int id, EditOutcome outcome, string? message, FormKept kept)
    {
        if (outcome == EditOutcome.Saved)
        {
            StatusMessage = message;
            return Redirect(PlanRoutes.Step(id, PlanStep.ProgressReview));
        }

        return outcome != EditOutcome.NotFound && await LoadAsync(id, kept) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, FormKept kept)
    {
        var plan = await MyPlans.ReadWithReviews().SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return false;
        }

        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        LoadFrom(plan);
        await LoadFeedbackAsync(id);
        Progress = ProgressReviewView.Of(plan, today);
        Review = kept == FormKept.Review ? Review : ReviewForm.For(plan, today);
        Milestone = kept == FormKept.Milestone ? Milestone : new MilestoneForm { Date = today };
        return true;
    }

    private enum FormKept { None, Review, Milestone, Edit }
}
