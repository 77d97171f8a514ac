using System.Globalization;
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
public sealed class IndexModel(AppDbContext db, TimeProvider clock, LinkGuessingLimiter limiter, LinkOpens opens, MentorLinkDirectory directory, AuditLog audit, ILogger<IndexModel> logger) : PageModel
{
    private const string NameCookie = MentorNameCookie.Name;

    [BindProperty]
    public CommentForm Comment { get; set; } = new();

    [BindProperty]
    public List<RatingRow> Ratings { get; set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public PlanDocument Document { get; private set; } = default!;

    public string LinkLabel { get; private set; } = "";

    public DateTime? ExpiresAt { get; private set; }

    /// <summary>What the mentor may do here, in a sentence.</summary>
    public string Invitation { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string token)
    {
        if (await FindLinkAsync(token, forReading: true) is not { } link)
        {
            return Refused();
        }

        // Counted in memory and stored in bulk: reading the plan writes nothing.
        opens.Record(link.Id, clock.GetUtcNow());
        audit.Record(AuditEvent.LinkOpened, planId: link.PlanId, linkId: link.Id);
        await ShowAsync(link, token, draft: null);
        directory.Remember(token, link.Id, link.PlanId, link.ExpiresAt);
        return Page();
    }

    public async Task<IActionResult> OnPostCommentAsync(string token)
    {
        if (await FindLinkAsync(token) is not { } link)
        {
            return Refused();
        }

        var step = Comment.Step is { } s && Enum.IsDefined(s) ? s : PlanStep.SelfAssessment;
        try
        {
            link.Plan!.AddMentorComment(link, step, Comment.AuthorName, Comment.Body, clock.GetUtcNow());
            await db.SaveChangesAsync();
            RememberName(token, Comment.AuthorName!.Trim());
            StatusMessage = $"Thank you — your comment on {step.DisplayName().ToLowerInvariant()} was sent to the planner.";
            return Redirect(PlanRoutes.MentorFeedback(token, step));
        }
        catch (DomainRuleException e)
        {
            var draft = new CommentDraft(step, Comment.AuthorName ?? "", Comment.Body ?? "",
                e.Field == "AuthorName" ? e.Message : null,
                e.Field == "AuthorName" ? null : e.Message);
            db.ChangeTracker.Clear();
            await ShowAsync(await FindLinkAsync(token, forReading: true) ?? link, token, draft);
            ModelState.AddModelError("", e.Message);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostRatingsAsync(string token)
    {
        if (await FindLinkAsync(token) is not { } link)
        {
            return Refused();
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
            db.ChangeTracker.Clear();
            await ShowAsync(await FindLinkAsync(token, forReading: true) ?? link, token, draft: null);
            ModelState.AddModelError("", e.Message);
            return Page();
        }
    }

    /// <summary>
    /// The link for this token, with its plan, if it is active; otherwise counts a failure against the
    /// client's address. For reading, the plan comes with its reviews and nothing is tracked; otherwise
    /// the plan is tracked, to take a comment or ratings.
    /// </summary>
    private async Task<ShareLink?> FindLinkAsync(string token, bool forReading = false)
    {
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (limiter.RetryAfter(client) is { } wait)
        {
            Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            HttpContext.Items[nameof(LinkGuessingLimiter)] = true;
            return null;
        }

        ShareLink? link = null;
        if (ShareTokens.LooksLikeToken(token))
        {
            var hash = ShareTokens.Hash(token);
            link = forReading
                ? await db.LinkForReadingAsync(hash)
                : await db.ShareLinks.Include(l => l.Plan).SingleOrDefaultAsync(l => l.TokenHash == hash);
        }

        if (link is null || !link.IsActiveAt(clock.GetUtcNow()))
        {
            limiter.RecordFailure(client);
            logger.LogInformation("Share link look-up refused ({Reason})", link is null ? "unknown" : link.StatusAt(clock.GetUtcNow()).ToString());
            return null;
        }

        return link;
    }

    private StatusCodeResult Refused() =>
        StatusCode(HttpContext.Items.ContainsKey(nameof(LinkGuessingLimiter)) ? StatusCodes.Status429TooManyRequests : StatusCodes.Status404NotFound);

    private async Task ShowAsync(ShareLink link, string token, CommentDraft? draft)
    {
        var plan = link.Plan!;
        var feedback = await db.FeedbackAsync(plan.Id, link.Id);
        var name = Request.Cookies[NameCookie] is { Length: > 0 and <= MentorComment.AuthorMaxLength } remembered ? remembered : link.Label;
        var reader = new DocumentViewer(false, token, link.AllowComments, link.AllowRatings, name, draft);
        Document = PlanDocument.Build(plan, plan.Reviews, feedback, reader, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        LinkLabel = link.Label;
        ExpiresAt = link.ExpiresAt;
        Invitation = (link.AllowComments, link.AllowRatings) switch
        {
            (true, true) => "Leave a comment under any step, and rate where you think they stand in the gap analysis.",
            (true, false) => "Leave a comment under any step.",
            (false, true) => "Rate where you think they stand in the gap analysis.",
            _ => "This link is for reading only.",
        };
    }

    private void RememberName(string token, string name) =>
        Response.Cookies.Append(NameCookie, name, new CookieOptions
        {
            Path = PlanRoutes.Mentor(token),
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = Request.IsHttps,
            MaxAge = TimeSpan.FromDays(365),
            IsEssential = true,
        });

    public sealed class CommentForm
    {
        public PlanStep? Step { get; set; }
        public string? AuthorName { get; set; }
        public string? Body { get; set; }
    }

    public sealed class RatingRow
    {
        public Guid RequirementId { get; set; }
        public int? Level { get; set; }
    }
}
