using Microsoft.AspNetCore.Mvc;

namespace CareerPlanner.Web.Pages.Plans;

public sealed class CreateModel(AppDbContext db, TimeProvider clock) : PlanPageModel(db, clock)
{
    [BindProperty]
    public TitleInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var plan = new Plan(UserId, Input.Title, Now);
            Db.Plans.Add(plan);
            await Db.SaveChangesAsync();
            return Redirect(PlanRoutes.Step(plan.Id, PlanStep.SelfAssessment));
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError($"Input.{e.Field}", e.Message);
            return Page();
        }
    }
}
