using CareerPlanner.Web.Data;
using CareerPlanner.Web.Domain;
using CareerPlanner.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Plans;

public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PlanPageModel(db, clock)
{
    public IReadOnlyList<PlanSummary> Plans { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync()
    {
        var plans = await MyPlans.AsNoTracking().OrderByDescending(p => p.UpdatedAt).ToListAsync();
        Plans = [.. plans.Select(PlanSummary.Of)];
    }

    public sealed record PlanSummary(int Id, string Title, PlanStep StepReached, string StepName, DateTime UpdatedAt, string? ContinueUrl)
    {
        public static PlanSummary Of(Plan plan)
        {
            var reached = plan.StepReached();
            return new(plan.Id, plan.Title, reached, reached.DisplayName(), plan.UpdatedAt,
                StepPages.PathFor(plan.Id, plan.CurrentStep) ?? $"/plans/{plan.Id}");
        }
    }
}
