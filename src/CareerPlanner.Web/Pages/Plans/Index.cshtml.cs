using CareerPlanner.Web.Data;
using CareerPlanner.Web.Domain;
using CareerPlanner.Web.Pages.Shared;
using CareerPlanner.Web.Services;
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
        var plans = await MyPlans.AsNoTracking().OrderByDescending(p => p.UpdatedAt).ToListAsync();
        var ids = plans.Select(p => p.Id).ToList();
        var unread = await Db.MentorComments.Where(c => ids.Contains(c.PlanId) && c.ReadAt == null)
            .GroupBy(c => c.PlanId).Select(g => new { PlanId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.PlanId, x => x.Count);
        Plans = [.. plans.Select(p => new PlanSummary(p.Id, p.Title, PlanStatus.Of(p, today), p.UpdatedAt, StepPages.PathFor(p.Id, p.CurrentStep), unread.GetValueOrDefault(p.Id)))];
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
