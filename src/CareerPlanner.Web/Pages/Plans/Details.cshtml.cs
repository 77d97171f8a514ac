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

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var plan = await MyPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return NotFound();
        }

        Plan = plan;
        Steps = StepIndicator.For(plan, null);
        Gaps = GapAnalysis.Of(plan);
        Chart = GapChart.Of(Gaps);
        GoalsByHorizon = plan.GoalsByHorizon();
        ContinueUrl = StepPages.PathFor(plan.Id, plan.CurrentStep) ?? StepPages.PathFor(plan.Id, PlanStep.SelfAssessment)!;
        return Page();
    }
}
