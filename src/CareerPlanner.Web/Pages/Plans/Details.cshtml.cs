using CareerPlanner.Web.Data;
using CareerPlanner.Web.Domain;
using CareerPlanner.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Plans;

public sealed class DetailsModel(AppDbContext db, TimeProvider clock) : PlanPageModel(db, clock)
{
    public PlanHome View { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var plan = await MyPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return NotFound();
        }

        View = PlanHome.Of(plan);
        return Page();
    }

    public sealed record PlanHome(
        int Id,
        string Title,
        StepIndicator Steps,
        string CurrentStepName,
        string? ContinueUrl,
        IReadOnlyList<(string Label, int Count)> Counts,
        DateTime UpdatedAt)
    {
        public static PlanHome Of(Plan plan) => new(
            plan.Id,
            plan.Title,
            StepIndicator.For(plan, null),
            plan.CurrentStep.DisplayName(),
            StepPages.PathFor(plan.Id, plan.CurrentStep) ?? StepPages.PathFor(plan.Id, PlanStep.SelfAssessment),
            [
                ("Skills", plan.Skills.Count),
                ("Experiences", plan.Experiences.Count),
                ("Goals", plan.Goals.Count),
                ("Requirements", plan.Requirements.Count),
                ("Actions", plan.Actions.Count),
                ("Milestones", plan.Milestones.Count),
            ],
            plan.UpdatedAt);
    }
}
