using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Plans.Steps;

/// <summary>
/// A step of the wizard: one form holding the whole step. Save stays, Next and Back move on; each
/// saves everything typed first. A form with errors comes back with every value as typed.
/// </summary>
public abstract class StepPageModel<TInput>(AppDbContext db, TimeProvider clock) : PlanPageModel(db, clock), IStepPage
    where TInput : class, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public int PlanId { get; private set; }

    public string PlanTitle { get; private set; } = "";

    public StepIndicator Steps { get; private set; } = default!;

    public abstract PlanStep Step { get; }

    /// <summary>Mentor comments on this step, shown at the top of the page.</summary>
    public StepFeedback? Feedback { get; private set; }

    public string BackUrl => BackPathFor(PlanId);

    private string BackPathFor(int id) => Step == PlanStep.SelfAssessment ? PlanRoutes.Plan(id) : PlanRoutes.Step(id, Step - 1);

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
            if (action.Kind is StepCommandKind.Remove or StepCommandKind.Move && ModelState.IsValid)
            {
                Collect("Input", () => ApplyListCommand(plan, action));
            }

            plan.ResumeAt(LandsOn(action), Now);
        });

        switch (outcome)
        {
            case EditOutcome.NotFound:
                return NotFound();
            case EditOutcome.Invalid or EditOutcome.Stale:
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
            default:
                break;
        }

        var here = PlanRoutes.Step(id, Step);
        switch (action.Kind)
        {
            case StepCommandKind.Next:
                return Redirect(Step == PlanStep.ProgressReview ? PlanRoutes.Plan(id) : PlanRoutes.Step(id, Step + 1));
            case StepCommandKind.Back:
                return Redirect(BackPathFor(id));
            case StepCommandKind.Remove:
                StatusMessage = "Removed. Everything else you typed is saved.";
                return Redirect(here);
            case StepCommandKind.Move:
                StatusMessage = "Order changed and saved.";
                return Redirect(here + "#" + action.List);
            default:
                StatusMessage = "Saved.";
                return Redirect(here);
        }
    }

    /// <summary>The step the person lands on after pressing the button: where the plan resumes next time.</summary>
    private PlanStep LandsOn(StepCommand action) => action.Kind switch
    {
        StepCommandKind.Next when Step < PlanStep.ProgressReview => Step + 1,
        StepCommandKind.Back when Step > PlanStep.SelfAssessment => Step - 1,
        _ => Step,
    };

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

    private void ApplyListCommand(Plan plan, StepCommand command)
    {
        if (ListsOf(plan).TryGetValue(command.List, out var list))
        {
            if (command.Kind == StepCommandKind.Remove)
            {
                list.Remove(command.ItemId);
            }
            else
            {
                list.Move(command.ItemId, command.Offset);
            }
        }
    }

    /// <summary>Saves each row of a list: a row with an id updates its item, a new row that is not blank adds one.</summary>
    protected void ApplyRows<TRow, TValue>(IReadOnlyList<TRow> rows, string list, Func<TRow, TValue> toValue, Action<Guid, TValue> update, Func<TValue, Guid> add)
        where TRow : IFormRow
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var value = toValue(row);
            if (row.Id is { } id)
            {
                Collect($"Input.{list}[{i}]", () => update(id, value));
            }
            else if (!row.IsBlank)
            {
                Collect($"Input.{list}[{i}]", () => add(value));
            }
        }
    }

    /// <summary>Asks for a choice the form cannot do without, on every row that is not blank.</summary>
    protected void RequireInRows<TRow, T>(IReadOnlyList<TRow> rows, string list, string field, Func<TRow, T?> value, string message)
        where TRow : IFormRow
        where T : struct
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var key = $"Input.{list}[{i}].{field}";
            if (!rows[i].IsBlank && value(rows[i]) is null && ModelState[key] is not { Errors.Count: > 0 })
            {
                ModelState.AddModelError(key, message);
            }
        }
    }

    /// <summary>Whether the page shows the mentors' ratings besides their comments on the step.</summary>
    protected virtual bool ShowsRatings => false;

    /// <summary>Loads the mentors' feedback the page shows next to the form, in one command.</summary>
    private async Task LoadFeedbackAsync(int id)
    {
        var feedback = await Db.FeedbackAsync(id, step: Step, ratings: ShowsRatings);
        Feedback = StepFeedback.ForOwner(id, Step, feedback.Comments);
        ShowRatings(feedback.Ratings);
    }

    /// <summary>Takes in the mentors' ratings, on a page that <see cref="ShowsRatings"/>.</summary>
    protected virtual void ShowRatings(IReadOnlyList<MentorFeedback.Rating> ratings)
    {
    }

    /// <summary>Loads what the page shows besides the form.</summary>
    protected virtual void LoadFrom(Plan plan)
    {
        PlanId = plan.Id;
        PlanTitle = plan.Title;
        Steps = StepIndicator.For(plan, Step);
    }
}
