using System.Text;
using System.Text.Json;
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
        // Three commands however much there is: the account with its share links, the plans with their reviews, the mentors' feedback.
        var userId = userManager.GetUserId(User);
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.Id, u.Email, u.CreatedAt, u.LockoutEnabled, Links = db.ShareLinks.Where(l => l.Plan!.OwnerId == u.Id).ToList() })
            .SingleOrDefaultAsync();
        if (user is null)
        {
            return Challenge();
        }

        var now = clock.GetUtcNow();
        var plans = await db.Plans.OwnedBy(user.Id).OrderBy(p => p.CreatedAt).ReadWithReviews().ToListAsync();
        var (comments, ratings) = await db.FeedbackOnPlansOfAsync(user.Id);

        var export = new
        {
            schema = "careerplanner.account",
            schemaVersion = 1,
            exportedAt = now.UtcDateTime,
            account = new { email = user.Email, createdAt = user.CreatedAt, lockoutEnabled = user.LockoutEnabled },
            plans = plans.Select(p => new
            {
                id = p.Id,
                export = PlanExport.Of(p, p.Reviews, comments.Where(c => c.PlanId == p.Id), ratings.Where(r => r.PlanId == p.Id), now),
                shareLinks = user.Links.Where(l => l.PlanId == p.Id).Select(l => new
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
