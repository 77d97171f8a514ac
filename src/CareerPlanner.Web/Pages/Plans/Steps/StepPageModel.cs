using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Plans.Steps;

/// <summary>
/// A step of the wizard: one form holding the whole step. Save stays, Next and Back move on; each
/// saves everything typed first. A form with errors comes back with every value as typed.
/// </summary>
public abstract class StepPageModel<TInput>(AppDbContext db, TimeProvider clock) : StepPage(db, clock)
    where TInput : class, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var plan = await MyPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return NotFound();
        }

        LoadFrom(plan);
        await LoadFeedbackAsync(id);
        Version = plan.Version;
        Input = ToInput(plan);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? command)
    {
        var action = StepCommand.Parse(command);
        Validate(Input);
        var outcome = await TryEditAsync(id, Version, plan =>
        {
            Apply(plan, Input);
            if (ModelState.IsValid)
            {
                Collect("Input", () => action.ApplyTo(ListsOf(plan)));
            }

            plan.ResumeAt(action.LandsOn(Step), Now);
        });

        if (outcome != EditOutcome.Saved)
        {
            return outcome == EditOutcome.NotFound ? NotFound() : await RefusedAsync(id, outcome);
        }

        if (action.StatusMessage is { } message)
        {
            StatusMessage = message;
        }

        return Redirect(action.Destination(id, Step));
    }

    /// <summary>The page again with everything as typed, beside the plan as it is now.</summary>
    private async Task<IActionResult> RefusedAsync(int id, EditOutcome outcome)
    {
        var current = await MyPlans.AsNoTracking().SingleAsync(p => p.Id == id);
        LoadFrom(current);
        await LoadFeedbackAsync(id);
        if (outcome == EditOutcome.Stale)
        {
            // The person has been told; saving this form again overwrites the newer version.
            ModelState.Remove(nameof(Version));
            Version = current.Version;
        }

        return Page();
    }

    /// <summary>The form filled with the plan as saved (plus one empty row per list, for adding).</summary>
    protected abstract TInput ToInput(Plan plan);

    /// <summary>Checks what the form alone can tell (a level chosen, a date given) before the plan's own rules run.</summary>
    protected virtual void Validate(TInput input)
    {
    }

    /// <summary>Applies the whole form to the plan; broken rules are collected by field with <see cref="PlanPageModel.Collect"/>.</summary>
    protected abstract void Apply(Plan plan, TInput input);

    /// <summary>The step's lists by name (as used in the Remove and Move buttons), with how to remove and move an item.</summary>
    protected abstract IReadOnlyDictionary<string, ListEdits> ListsOf(Plan plan);

    /// <summary>Saves each row of a list: a row with an id updates its item, a new row that is not blank adds one.</summary>
    protected void ApplyRows<TRow, TValue>(IReadOnlyList<TRow> rows, string list, Func<TRow, TValue> toValue, Action<Guid, TValue> update, Func<TValue, Guid> add)
        where TRow : IFormRow => FormRows.Apply(rows, list, toValue, update, add, Collect);

    /// <summary>Asks for a choice the form cannot do without, on every row that is not blank.</summary>
    protected void RequireInRows<TRow, T>(IReadOnlyList<TRow> rows, string list, string field, Func<TRow, T?> value, string message)
        where TRow : IFormRow
        where T : struct => FormRows.Require(ModelState, rows, list, field, value, message);
}
