using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareerPlanner.Web.Pages.Plans.Steps.ProgressReview;

/// <summary>A milestone as typed: a new one, or the changes to one already recorded.</summary>
public sealed class MilestoneForm
{
    [Display(Name = "Kind")]
    public MilestoneKind? Kind { get; set; }

    [Display(Name = "Date")]
    public DateOnly? Date { get; set; }

    public string? Note { get; set; }

    public static MilestoneForm From(Milestone milestone) => new() { Kind = milestone.Kind, Date = milestone.Date, Note = milestone.Note };

    /// <summary>The input for the plan, after noting under <paramref name="prefix"/> what is missing.</summary>
    public MilestoneInput ToInput(ModelStateDictionary modelState, string prefix)
    {
        if (Kind is null)
        {
            modelState.AddModelError($"{prefix}.{nameof(Kind)}", "Choose what kind of milestone it is.");
        }

        if (Date is null)
        {
            modelState.AddModelError($"{prefix}.{nameof(Date)}", "Give the date you reached it.");
        }

        return new MilestoneInput(Kind ?? 0, Date ?? default, Note);
    }

    /// <summary>What the celebration banner says once it is recorded.</summary>
    public string CelebrationText() => Note is { Length: > 0 } note ? $"{Kind!.Value.DisplayName()}: {note.Trim()}" : Kind!.Value.DisplayName();
}
