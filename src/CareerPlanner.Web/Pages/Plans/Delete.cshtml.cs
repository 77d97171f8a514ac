using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Plans;

public sealed class DeleteModel(AppDbContext db, TimeProvider clock, AuditLog audit) : PlanPageModel(db, clock)
{
    [TempData]
    public string? StatusMessage { get; set; }

    public string Title { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var title = await MyPlans.AsNoTracking().Where(p => p.Id == id).Select(p => p.Title).SingleOrDefaultAsync();
        if (title is null)
        {
            return NotFound();
        }

        Title = title;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var plan = await MyPlans.SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return NotFound();
        }

        Db.Plans.Remove(plan);
        await Db.SaveChangesAsync();
        audit.Record(AuditEvent.PlanDeleted, UserId, id);
        StatusMessage = $"Plan “{plan.Title}” deleted.";
        return RedirectToPage("/Plans/Index");
    }
}
