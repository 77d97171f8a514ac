using System.Text;
using System.Text.Json;
using CareerPlanner.Web.Data;
using CareerPlanner.Web.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Account;

/// <summary>"Download my data": one JSON file with the account's fields and every plan in full.</summary>
public sealed class DataModel(AppDbContext db, UserManager<AppUser> userManager, TimeProvider clock, AuditLog audit) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var now = clock.GetUtcNow();
        var plans = await db.Plans.AsNoTracking().Where(p => p.OwnerId == user.Id).OrderBy(p => p.CreatedAt).ToListAsync();
        var ids = plans.Select(p => p.Id).ToList();
        var reviews = await db.Reviews.AsNoTracking().Where(r => ids.Contains(r.PlanId)).ToListAsync();
        var comments = await db.MentorComments.AsNoTracking().Include(c => c.ShareLink).Where(c => ids.Contains(c.PlanId)).ToListAsync();
        var ratings = await db.MentorRatings.AsNoTracking().Include(r => r.ShareLink).Where(r => ids.Contains(r.PlanId)).ToListAsync();
        var links = await db.ShareLinks.AsNoTracking().Where(l => ids.Contains(l.PlanId)).ToListAsync();

        var export = new
        {
            schema = "careerplanner.account",
            schemaVersion = 1,
            exportedAt = now.UtcDateTime,
            account = new { email = user.Email, createdAt = user.CreatedAt, lockoutEnabled = user.LockoutEnabled },
            plans = plans.Select(p => new
            {
                id = p.Id,
                export = PlanExport.Of(p, reviews.Where(r => r.PlanId == p.Id), comments.Where(c => c.PlanId == p.Id), ratings.Where(r => r.PlanId == p.Id), now),
                shareLinks = links.Where(l => l.PlanId == p.Id).Select(l => new
                {
                    label = l.Label, createdAt = l.CreatedAt, expiresAt = l.ExpiresAt, revokedAt = l.RevokedAt, lastOpenedAt = l.LastOpenedAt, timesOpened = l.TimesOpened,
                }),
                hasCalendarFeed = p.CalendarTokenHash is not null,
            }),
        };
        audit.Record(AuditEvent.PlanExported, user.Id);
        var json = JsonSerializer.Serialize(export, PlanExport.JsonOptions);
        return File(Encoding.UTF8.GetBytes(json), "application/json; charset=utf-8", "careerplanner-my-data.json");
    }
}
