using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Plans.Calendar;

/// <summary>The plan's review rhythm and its calendar feed.</summary>
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PlanPageModel(db, clock)
{
    [BindProperty]
    public ReviewCadence? Cadence { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>The feed address just made: shown this once, never stored.</summary>
    [TempData]
    public string? NewFeedUrl { get; set; }

    public int PlanId { get; private set; }

    public string PlanTitle { get; private set; } = "";

    public StepIndicator Steps { get; private set; } = default!;

    public DateOnly? NextReviewDate { get; private set; }

    public bool ReviewOverdue { get; private set; }

    public bool HasFeed { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCadenceAsync(int id)
    {
        if (Cadence is null || !Enum.IsDefined(Cadence.Value))
        {
            ModelState.AddModelError(nameof(Cadence), "Choose how often you want to review the plan.");
            return await LoadAsync(id) ? Page() : NotFound();
        }

        var outcome = await ApplyToLatestAsync(id, plan => plan.SetCadence(Cadence.Value, Now), nameof(Cadence));
        return await AfterAsync(id, outcome, Cadence == ReviewCadence.None ? "No fixed review rhythm." : $"Review rhythm set: {Cadence.Value.DisplayName().ToLowerInvariant()}.");
    }

    public async Task<IActionResult> OnPostSubscribeAsync(int id)
    {
        var token = ShareTokens.NewToken();
        var outcome = await ApplyToLatestAsync(id, plan => plan.SubscribeCalendar(ShareTokens.Hash(token)), "");
        if (outcome == EditOutcome.Saved)
        {
            NewFeedUrl = $"{Request.Scheme}://{Request.Host}{PlanRoutes.CalendarFeed(token)}";
        }

        return await AfterAsync(id, outcome, "Calendar link created. Any earlier link of this plan no longer works.");
    }

    public async Task<IActionResult> OnPostStopAsync(int id)
    {
        var outcome = await ApplyToLatestAsync(id, plan => plan.StopCalendar(), "");
        return await AfterAsync(id, outcome, "Calendar feed stopped: its link no longer works.");
    }

    /// <summary>The success message only for a change that was saved; a refused one shows the page again with why.</summary>
    private async Task<IActionResult> AfterAsync(int id, EditOutcome outcome, string message)
    {
        if (outcome == EditOutcome.Saved)
        {
            StatusMessage = message;
            return Redirect(PlanRoutes.Calendar(id));
        }

        return outcome != EditOutcome.NotFound && await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var plan = await MyPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return false;
        }

        PlanId = plan.Id;
        PlanTitle = plan.Title;
        Steps = StepIndicator.For(plan, null);
        Cadence ??= plan.Cadence;
        NextReviewDate = plan.NextReviewDate;
        ReviewOverdue = plan.IsReviewOverdue(DateOnly.FromDateTime(Now.UtcDateTime));
        HasFeed = plan.CalendarTokenHash is not null;
        return true;
    }
}
