using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Plans.Export;

/// <summary>Downloads of a plan: Markdown to read and share, JSON to keep or import elsewhere.</summary>
public sealed class ExportModel(AppDbContext db, TimeProvider clock, AuditLog audit) : PlanPageModel(db, clock)
{
    public async Task<IActionResult> OnGetAsync(int id, string format)
    {
        var plan = await MyPlans.ReadWithReviews().SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null || format is not ("markdown" or "json"))
        {
            return NotFound();
        }

        var feedback = await Db.FeedbackAsync(id);
        audit.Record(AuditEvent.PlanExported, UserId, id);
        var name = FileName(plan.Title);
        if (format == "markdown")
        {
            var markdown = PlanMarkdown.Build(plan, plan.Reviews, feedback.Comments, DateOnly.FromDateTime(Now.UtcDateTime));
            return File(Encoding.UTF8.GetBytes(markdown), "text/markdown; charset=utf-8", $"{name}.md");
        }

        var json = PlanExport.Of(plan, plan.Reviews, feedback.Comments, feedback.Ratings, Now).ToJson();
        return File(Encoding.UTF8.GetBytes(json), "application/json; charset=utf-8", $"{name}.careerplan.json");
    }

    /// <summary>A file name from the title: letters, digits and dashes only.</summary>
    internal static string FileName(string title)
    {
        var name = new string([.. title.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')]);
        name = string.Join('-', name.Split('-', StringSplitOptions.RemoveEmptyEntries));
        return name.Length == 0 ? "career-plan" : name[..Math.Min(60, name.Length)];
    }
}
