using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Plans.Share;

/// <summary>The planner's side of mentor review: create share links, see them, revoke them.</summary>
public sealed class IndexModel(AppDbContext db, TimeProvider clock, AuditLog audit) : PlanPageModel(db, clock)
{
    [BindProperty]
    public LinkForm Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>The full URL of a link just made: shown this once, never stored.</summary>
    [TempData]
    public string? NewLinkUrl { get; set; }

    public int PlanId { get; private set; }

    public string PlanTitle { get; private set; } = "";

    public StepIndicator Steps { get; private set; } = default!;

    public IReadOnlyList<LinkRow> Links { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var plan = await MyPlans.SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return NotFound();
        }

        if (Input.Expiry is null || !Enum.IsDefined(Input.Expiry.Value))
        {
            ModelState.AddModelError("Input.Expiry", "Choose when the link expires.");
        }

        if (ModelState.IsValid)
        {
            var token = ShareTokens.NewToken();
            try
            {
                var expiresAt = Input.Expiry == LinkExpiry.Never ? (DateTimeOffset?)null : Now.AddDays((int)Input.Expiry!.Value);
                var link = plan.ShareWith(ShareTokens.Hash(token), new ShareLinkInput(Input.Label, expiresAt, Input.AllowComments, Input.AllowRatings), Now);
                await Db.SaveChangesAsync();
                audit.Record(AuditEvent.LinkCreated, UserId, id, link.Id);
                NewLinkUrl = $"{Request.Scheme}://{Request.Host}{PlanRoutes.Mentor(token)}";
                StatusMessage = $"Link for {link.Label} created.";
                return Redirect(PlanRoutes.Share(id));
            }
            catch (DomainRuleException e)
            {
                ModelState.AddModelError($"Input.{e.Field}", e.Message);
            }
        }

        await LoadAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, int linkId)
    {
        var plan = await MyPlans.Include(p => p.ShareLinks.Where(l => l.Id == linkId)).SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null || plan.ShareLinks.Count == 0)
        {
            return NotFound();
        }

        plan.RevokeLink(linkId, Now);
        await Db.SaveChangesAsync();
        audit.Record(AuditEvent.LinkRevoked, UserId, id, linkId);
        StatusMessage = $"Link for {plan.ShareLinks[0].Label} revoked. It stops working at once; your other links still work.";
        return Redirect(PlanRoutes.Share(id));
    }

    private async Task<bool> LoadAsync(int id)
    {
        var plan = await MyPlans.AsNoTracking().Include(p => p.ShareLinks).SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return false;
        }

        PlanId = plan.Id;
        PlanTitle = plan.Title;
        Steps = StepIndicator.For(plan, null);
        Links = [.. plan.ShareLinks.OrderByDescending(l => l.CreatedAt).Select(l => new LinkRow(l, l.StatusAt(Now)))];
        return true;
    }

    public sealed record LinkRow(ShareLink Link, ShareLinkStatus Status);

    public sealed class LinkForm
    {
        [Display(Name = "Who is it for?")]
        public string? Label { get; set; }

        [Display(Name = "Expires")]
        public LinkExpiry? Expiry { get; set; } = LinkExpiry.Days30;

        public bool AllowComments { get; set; } = true;

        public bool AllowRatings { get; set; } = true;
    }
}
