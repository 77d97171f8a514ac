using CareerPlanner.Web.Data;
using CareerPlanner.Web.Domain;
using CareerPlanner.Web.Pages.Shared;
using CareerPlanner.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Plans;

/// <summary>The plan read as a document: every step rendered, with links to edit each.</summary>
public sealed class DetailsModel(AppDbContext db, TimeProvider clock) : PlanPageModel(db, clock)
{
    public Plan Plan { get; private set; } = default!;

    public StepIndicator Steps { get; private set; } = default!;

    public GapAnalysis Gaps { get; private set; } = default!;

    public GapChart Chart { get; private set; } = default!;

    public IReadOnlyList<(GoalHorizon Horizon, IReadOnlyList<Goal> Goals)> GoalsByHorizon { get; private set; } = [];

    public string ContinueUrl { get; private set; } = "";

    public IReadOnlyList<SmartResult> Smart { get; private set; } = [];

    public ActionPlanSummary ActionSummary { get; private set; } = default!;

    public TimelineChart Timeline { get; private set; } = default!;

    public TrendChart Trend { get; private set; } = default!;

    public Review? LatestReview { get; private set; }

    public int ReviewCount { get; private set; }

    public IReadOnlyList<PlanAction> Overdue { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var plan = await MyPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return NotFound();
        }

        var reviews = await Db.Reviews.AsNoTracking().Where(r => r.PlanId == id).ToListAsync();
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        Plan = plan;
        Smart = SmartCheck.CheckAll(plan, today);
        ActionSummary = ActionPlanSummary.Of(plan);
        Timeline = TimelineChart.Of(plan, today);
        Trend = TrendChart.Of(ProgressTrend.Of(reviews));
        LatestReview = reviews.OrderByDescending(r => r.Date).ThenByDescending(r => r.RecordedAt).FirstOrDefault();
        ReviewCount = reviews.Count;
        Overdue = plan.OverdueActions(today);
        Steps = StepIndicator.For(plan, null);
        Gaps = GapAnalysis.Of(plan);
        Chart = GapChart.Of(Gaps);
        GoalsByHorizon = plan.GoalsByHorizon();
        ContinueUrl = StepPages.PathFor(plan.Id, plan.CurrentStep);
        return Page();
    }
}
