using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Mentor;

/// <summary>
/// The mentor's reading view, reached by a share link without an account. The link gives access to
/// its own plan only, read-only, plus comments and ratings if the planner allowed them.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PageCaching.MentorLinkPage)]
public sealed class IndexModel(AppDbContext db, TimeProvider clock, MentorAccess access) : PageModel
{
    [BindProperty]
    public MentorCommentForm Comment { get; set; } = new();

    [BindProperty]
    public List<MentorRatingRow> Ratings { get; set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public PlanDocument Document { get; private set; } = default!;

    public string LinkLabel { get; private set; } = "";

    public DateTime? ExpiresAt { get; private set; }

    /// <summary>What the mentor may do here, in a sentence.</summary>
    public string Invitation { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string token)
    {
        var found = await access.FindLinkAsync(HttpContext, db, token, forReading: true);
        if (found.Value is not { } link)
        {
            return StatusCode(found.Refuse(Response));
        }

        access.RecordOpen(link, token);
        await LoadDocumentAsync(link, token, draft: null);
        return Page();
    }

    public async Task<IActionResult> OnPostCommentAsync(string token)
    {
        var found = await access.FindLinkAsync(HttpContext, db, token, forReading: false);
        if (found.Value is not { } link)
        {
            return StatusCode(found.Refuse(Response));
        }

        var step = Comment.Step is { } s && Enum.IsDefined(s) ? s : PlanStep.SelfAssessment;
        try
        {
            link.Plan!.AddMentorComment(link, step, Comment.AuthorName, Comment.Body, clock.GetUtcNow());
            await db.SaveChangesAsync();
            MentorNameCookie.Remember(Response, token, Comment.AuthorName!.Trim());
            StatusMessage = $"Thank you — your comment on {step.DisplayName().ToLowerInvariant()} was sent to the planner.";
            return Redirect(PlanRoutes.MentorFeedback(token, step));
        }
        catch (DomainRuleException e)
        {
            var nameWrong = e.Field == "AuthorName";
            var draft = new CommentDraft(step, Comment.AuthorName ?? "", Comment.Body ?? "", nameWrong ? e.Message : null, nameWrong ? null : e.Message);
            return await RefusedAsync(link, token, e.Message, draft);
        }
    }

    public async Task<IActionResult> OnPostRatingsAsync(string token)
    {
        var found = await access.FindLinkAsync(HttpContext, db, token, forReading: false);
        if (found.Value is not { } link)
        {
            return StatusCode(found.Refuse(Response));
        }

        await db.MentorRatings.Where(r => r.ShareLinkId == link.Id).LoadAsync();
        var now = clock.GetUtcNow();
        try
        {
            foreach (var rating in Ratings.Where(r => r.Level is not null))
            {
                link.Plan!.RateRequirement(link, rating.RequirementId, (SkillLevel)rating.Level!.Value, now);
            }

            await db.SaveChangesAsync();
            StatusMessage = "Thank you — your ratings were saved.";
            return Redirect(PlanRoutes.MentorRatings(token));
        }
        catch (Exception e) when (e is DomainRuleException or PlanPartNotFoundException)
        {
            return await RefusedAsync(link, token, e.Message, draft: null);
        }
    }

    /// <summary>The page again with the refusal, read afresh (nothing of the refused change is kept).</summary>
    private async Task<IActionResult> RefusedAsync(ShareLink link, string token, string message, CommentDraft? draft)
    {
        db.ChangeTracker.Clear();
        var fresh = await access.FindLinkAsync(HttpContext, db, token, forReading: true);
        await LoadDocumentAsync(fresh.Value ?? link, token, draft);
        ModelState.AddModelError("", message);
        return Page();
    }

    private async Task LoadDocumentAsync(ShareLink link, string token, CommentDraft? draft)
    {
        var plan = link.Plan!;
        var feedback = await db.FeedbackAsync(plan.Id, link.Id);
        var viewer = new DocumentViewer(false, token, link.AllowComments, link.AllowRatings, MentorNameCookie.Read(Request) ?? link.Label, draft);
        Document = PlanDocument.Build(plan, plan.Reviews, feedback, viewer, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        LinkLabel = link.Label;
        ExpiresAt = link.ExpiresAt;
        Invitation = link.Invitation;
    }
}
