using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Plans;

public sealed class RenameModel(AppDbContext db, TimeProvider clock) : PlanPageModel(db, clock)
{
    [BindProperty]
    public TitleInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public string CurrentTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var plan = await MyPlans.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Title, p.Version }).SingleOrDefaultAsync();
        if (plan is null)
        {
            return NotFound();
        }

        CurrentTitle = plan.Title;
        Input = new TitleInput { Title = plan.Title, Version = plan.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var outcome = await TryEditAsync(id, Input.Version, plan => plan.Rename(Input.Title, Now));
        switch (outcome)
        {
            case EditOutcome.NotFound:
                return NotFound();
            case EditOutcome.Saved:
                StatusMessage = $"Plan renamed to “{Input.Title.Trim()}”.";
                return RedirectToPage("/Plans/Index");
            default:
                var current = await MyPlans.Where(p => p.Id == id).Select(p => new { p.Title, p.Version }).SingleAsync();
                CurrentTitle = current.Title;
                if (outcome == EditOutcome.Stale)
                {
                    ModelState.Remove("Input.Version");
                    Input.Version = current.Version;
                }

                return Page();
        }
    }
}
