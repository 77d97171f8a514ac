using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Plans;

/// <summary>
/// What every page of a plan shares: the owner check (anyone else gets 404), the clock, and one way
/// to apply a change that refuses stale forms and turns broken rules into messages by the field.
/// </summary>
public abstract class PlanPageModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public const string StaleMessage =
        "This plan was changed in another tab or window since you opened this page. Your input is still here: review it against the latest plan (reload in another tab) and save again.";

    protected AppDbContext Db => db;

    protected DateTimeOffset Now => clock.GetUtcNow();

    protected string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    protected IQueryable<Plan> MyPlans => db.Plans.OwnedBy(UserId);

    /// <summary>Loads the plan for a change, applies it, saves. Errors land in ModelState under <paramref name="prefix"/>.</summary>
    protected async Task<EditOutcome> TryEditAsync(int planId, int formVersion, Action<Plan> change, string prefix = "Input")
    {
        var plan = await MyPlans.SingleOrDefaultAsync(p => p.Id == planId);
        if (plan is null)
        {
            return EditOutcome.NotFound;
        }

        if (!ModelState.IsValid)
        {
            return EditOutcome.Invalid;
        }

        if (plan.Version != formVersion)
        {
            ModelState.AddModelError("", StaleMessage);
            return EditOutcome.Stale;
        }

        return await ApplyAsync(plan, change, prefix);
    }

    /// <summary>
    /// For additions that do not depend on what the form was made from (a check-in, a milestone):
    /// no version check; if another save lands in between, the change is applied again to the fresh plan.
    /// </summary>
    protected async Task<EditOutcome> ApplyToLatestAsync(int planId, Action<Plan> change, string prefix)
    {
        const int attempts = 50;
        for (var attempt = 1; ; attempt++)
        {
            var outcome = await PlanWriteLocks.RunAsync(planId, async () =>
            {
                var plan = await MyPlans.SingleOrDefaultAsync(p => p.Id == planId);
                if (plan is null)
                {
                    return EditOutcome.NotFound;
                }

                return ModelState.IsValid ? await ApplyAsync(plan, change, prefix) : EditOutcome.Invalid;
            });
            if (outcome != EditOutcome.Stale || attempt == attempts)
            {
                return outcome;
            }

            ModelState.Remove("");
            // Many saves at once (more of them overlap on a database server than on a file) would
            // otherwise retry in lockstep and some lose every time: a random pause that grows with
            // each attempt (10 ms, 20 ms, … up to 250 ms) spreads them out.
            await Task.Delay(Random.Shared.Next(0, Math.Min(250, 5 << Math.Min(attempt, 6))));
        }
    }

    private async Task<EditOutcome> ApplyAsync(Plan plan, Action<Plan> change, string prefix)
    {
        try
        {
            change(plan);
            if (ModelState.IsValid)
            {
                await db.SaveChangesAsync();
                return EditOutcome.Saved;
            }
        }
        catch (DomainRuleException e)
        {
            AddError(prefix, e);
        }
        catch (PlanPartNotFoundException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", StaleMessage);
            db.ChangeTracker.Clear();
            return EditOutcome.Stale;
        }

        db.ChangeTracker.Clear();
        return EditOutcome.Invalid;
    }

    /// <summary>Runs one change of a larger edit; a broken rule becomes a message by its field and the edit goes on, so every error shows at once.</summary>
    protected void Collect(string prefix, Action change)
    {
        try
        {
            change();
        }
        catch (DomainRuleException e)
        {
            AddError(prefix, e);
        }
    }

    /// <summary>The first error noted for a field, for forms drawn without tag helpers.</summary>
    public string? ErrorOf(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public bool HasError(string key) => ErrorOf(key) is not null;

    private void AddError(string prefix, DomainRuleException e) =>
        ModelState.AddModelError(e.Field.Length == 0 ? prefix : $"{prefix}.{e.Field}", e.Message);
}
