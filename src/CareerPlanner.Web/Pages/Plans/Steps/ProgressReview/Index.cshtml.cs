using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Plans.Steps.ProgressReview;

/// <summary>Step 5: record check-ins and milestones, and see progress over time and what changed.</summary>
[OutputCache(PolicyName = PageCaching.OwnerPlanPage)]
public sealed class ProgressReviewModel(AppDbContext db, TimeProvider clock) : PlanPageModel(db, clock), IStepPage
{
    [BindProperty]
    public ReviewForm Review { get; set; } = new();

    [BindProperty]
    public MilestoneForm Milestone { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    [TempData]
    public string? Celebration { get; set; }

    public int PlanId { get; private set; }

    public string PlanTitle { get; private set; } = "";

    public PlanStep Step => PlanStep.ProgressReview;

    public StepIndicator Steps { get; private set; } = default!;

    public string BackUrl => PlanRoutes.Step(PlanId, PlanStep.ActionPlan);

    public StepFeedback? Feedback { get; private set; }

    public IReadOnlyList<PlanAction> Overdue { get; private set; } = [];

    public IReadOnlyList<Milestone> Milestones { get; private set; } = [];

    /// <summary>Reviews newest first, each with what changed since the one before.</summary>
    public IReadOnlyList<ReviewView> Reviews { get; private set; } = [];

    /// <summary>What changed since the latest review (null before the first).</summary>
    public IReadOnlyList<PlanChange>? SinceLastReview { get; private set; }

    public TrendChart Trend { get; private set; } = default!;

    public IReadOnlyDictionary<Guid, string> ActionTitles { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await ShowAsync(id) is not { } plan)
        {
            return NotFound();
        }

        Review = ReviewForm.For(plan, Today);
        Milestone = new MilestoneForm { Date = Today };
        return Page();
    }

    public async Task<IActionResult> OnPostReviewAsync(int id)
    {
        if (Review.Date is null)
        {
            ModelState.AddModelError("Review.Date", "Give the date of the review.");
        }

        // A check-in adds to the plan, so a page opened before another save may still record one. Only an
        // action the person changed here that was also changed elsewhere meanwhile is a real conflict.
        var outcome = await TryAddAsync(id, plan =>
        {
            var progress = new List<ActionProgressInput>();
            for (var i = 0; i < Review.Progress.Count; i++)
            {
                var row = Review.Progress[i];
                var action = plan.Actions.FirstOrDefault(a => a.Id == row.ActionId);
                if (action is null)
                {
                    ModelState.AddModelError($"Review.Progress[{i}].Status", "This action was removed in another tab or window since you opened this page.");
                    continue;
                }

                var changedHere = row.Status != row.WasStatus || row.PercentDone != row.WasPercentDone;
                var changedElsewhere = action.Status != row.WasStatus || action.PercentDone != row.WasPercentDone;
                if (changedHere && changedElsewhere)
                {
                    ModelState.AddModelError($"Review.Progress[{i}].Status",
                        $"Changed elsewhere since you opened this page: it is now {action.Status.DisplayName().ToLowerInvariant()}, {action.PercentDone} %. Check your values and record again.");
                    row.WasStatus = action.Status;
                    row.WasPercentDone = action.PercentDone;
                    ModelState.Remove($"Review.Progress[{i}].WasStatus");
                    ModelState.Remove($"Review.Progress[{i}].WasPercentDone");
                    continue;
                }

                progress.Add(changedHere
                    ? new ActionProgressInput(action.Id, row.Status ?? ActionStatus.NotStarted, row.PercentDone ?? 0)
                    : new ActionProgressInput(action.Id, action.Status, action.PercentDone));
            }

            if (ModelState.IsValid)
            {
                plan.RecordReview(new ReviewInput(Review.Date ?? default, Review.Reflection, Review.Changes, progress), Now);
                plan.ResumeAt(PlanStep.ProgressReview, Now);
            }
        }, prefix: "Review");
        return await AfterAsync(id, outcome, "Review recorded. A snapshot of your plan is kept with it.", keepReview: true);
    }

    public async Task<IActionResult> OnPostMilestoneAsync(int id)
    {
        if (Milestone.Kind is null)
        {
            ModelState.AddModelError("Milestone.Kind", "Choose what kind of milestone it is.");
        }

        if (Milestone.Date is null)
        {
            ModelState.AddModelError("Milestone.Date", "Give the date you reached it.");
        }

        var outcome = await TryAddAsync(id,
            plan => plan.AddMilestone(new MilestoneInput(Milestone.Kind ?? 0, Milestone.Date ?? default, Milestone.Note), Now),
            prefix: "Milestone");
        if (outcome == EditOutcome.Saved)
        {
            Celebration = Milestone.Note is { Length: > 0 } note
                ? $"{Milestone.Kind!.Value.DisplayName()}: {note.Trim()}"
                : Milestone.Kind!.Value.DisplayName();
        }

        return await AfterAsync(id, outcome, null, keepReview: false);
    }

    public async Task<IActionResult> OnPostRemoveMilestoneAsync(int id, Guid milestoneId)
    {
        var outcome = await TryAddAsync(id, plan => plan.RemoveMilestone(milestoneId, Now), prefix: "Milestone");
        return await AfterAsync(id, outcome, "Milestone removed.", keepReview: false);
    }

    /// <summary>After a post: on success back to the page; on a refusal the page again, with the form that was sent as typed and the other one fresh.</summary>
    private async Task<IActionResult> AfterAsync(int id, EditOutcome outcome, string? message, bool keepReview)
    {
        switch (outcome)
        {
            case EditOutcome.NotFound:
                return NotFound();
            case EditOutcome.Saved:
                StatusMessage = message;
                return Redirect(PlanRoutes.Step(id, PlanStep.ProgressReview));
            default:
                var plan = await ShowAsync(id);
                if (keepReview)
                {
                    Milestone = new MilestoneForm { Date = Today };
                }
                else
                {
                    Review = ReviewForm.For(plan!, Today);
                }

                return Page();
        }
    }

    private DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    private async Task<Plan?> ShowAsync(int id)
    {
        var plan = await MyPlans.ReadWithReviews().SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return null;
        }

        var reviews = plan.Reviews.OrderBy(r => r.Date).ThenBy(r => r.RecordedAt).ToList();
        var feedback = await Db.FeedbackAsync(id, step: PlanStep.ProgressReview, ratings: false);
        Feedback = StepFeedback.ForOwner(id, PlanStep.ProgressReview, feedback.Comments);
        PlanId = plan.Id;
        PlanTitle = plan.Title;
        Steps = StepIndicator.For(plan, PlanStep.ProgressReview);
        Overdue = plan.OverdueActions(Today);
        Milestones = [.. plan.Milestones.OrderByDescending(m => m.Date)];
        ActionTitles = plan.Actions.ToDictionary(a => a.Id, a => a.Title);
        Trend = TrendChart.Of(ProgressTrend.Of(reviews));
        var snapshots = reviews.Select(r => r.Snapshot()).ToList();
        Reviews = [.. reviews.Select((r, i) => new ReviewView(r, snapshots[i], i == 0 ? null : ReviewComparison.Compare(snapshots[i - 1], snapshots[i]))).Reverse()];
        SinceLastReview = snapshots.Count == 0 ? null : ReviewComparison.Compare(snapshots[^1], plan.TakeSnapshot());
        return plan;
    }

    public sealed record ReviewView(Review Review, PlanSnapshot Snapshot, IReadOnlyList<PlanChange>? ChangesSincePrevious)
    {
        public string TitleOf(Guid actionId) => Snapshot.Actions.FirstOrDefault(a => a.Id == actionId)?.Title ?? "(removed action)";
    }

    public sealed class ReviewForm
    {
        [Display(Name = "Date")]
        public DateOnly? Date { get; set; }
        public string? Reflection { get; set; }
        public string? Changes { get; set; }
        public List<ProgressRow> Progress { get; set; } = [];

        /// <summary>A new check-in, dated today, with each open action's status as it stands.</summary>
        public static ReviewForm For(Plan plan, DateOnly today) => new()
        {
            Date = today,
            Progress =
            [
                .. plan.Actions.Where(a => a.Status != ActionStatus.Dropped).Select(a => new ProgressRow
                {
                    ActionId = a.Id, Status = a.Status, PercentDone = a.PercentDone, WasStatus = a.Status, WasPercentDone = a.PercentDone,
                }),
            ],
        };
    }

    public sealed class ProgressRow
    {
        public Guid ActionId { get; set; }

        /// <summary>The action's status when the page was made: tells the person's change from one made elsewhere.</summary>
        public ActionStatus? WasStatus { get; set; }

        public int? WasPercentDone { get; set; }

        [Display(Name = "Status")]
        public ActionStatus? Status { get; set; }
        [Display(Name = "% done")]
        public int? PercentDone { get; set; }
    }

    public sealed class MilestoneForm
    {
        [Display(Name = "Kind")]
        public MilestoneKind? Kind { get; set; }
        [Display(Name = "Date")]
        public DateOnly? Date { get; set; }
        public string? Note { get; set; }
    }
}
