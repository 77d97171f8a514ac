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
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        // One command: each plan row (its status needs most of its parts) with its count of unread comments.
        var plans = await MyPlans.AsNoTracking().OrderByDescending(p => p.UpdatedAt)
            .Select(p => new { Plan = p, Unread = p.MentorComments.Count(c => c.ReadAt == null) })
            .ToListAsync();
        Plans = [.. plans.Select(x => new PlanSummary(x.Plan.Id, x.Plan.Title, PlanStatus.Of(x.Plan, today), x.Plan.UpdatedAt, PlanRoutes.Step(x.Plan.Id, x.Plan.CurrentStep), x.Unread))];
    }

    /// <summary>Creates a complete example plan (Amara's, from support engineer to product manager) in this account.</summary>
    public async Task<IActionResult> OnPostDemoAsync()
    {
        var plan = DemoPlan.Build(UserId, Now);
        Db.Plans.Add(plan);
        await Db.SaveChangesAsync();
        StatusMessage = $"Example plan “{plan.Title}” created. Look around, change anything, or delete it when you are done.";
        return RedirectToPage("/Plans/Index");
    }

    public sealed record PlanSummary(int Id, string Title, PlanStatus Status, DateTime UpdatedAt, string ContinueUrl, int UnreadComments);
}
