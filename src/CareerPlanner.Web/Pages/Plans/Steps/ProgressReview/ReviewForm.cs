using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareerPlanner.Web.Pages.Plans.Steps.ProgressReview;

/// <summary>A check-in as typed: the date, the reflection and each open action's progress.</summary>
public sealed class ReviewForm
{
    [Display(Name = "Date")]
    public DateOnly? Date { get; set; }

    public string? Reflection { get; set; }

    public string? Changes { get; set; }

    public List<ProgressRow> Progress { get; set; } = [];

    /// <summary>A new check-in, dated today, with each open action's status as it stands.</summary>
    public static ReviewForm For(Plan plan, DateOnly today) => new()
    {
        Date = today,
        Progress =
        [
            .. plan.Actions.Where(a => a.Status != ActionStatus.Dropped).Select(a => new ProgressRow
            {
                ActionId = a.Id, Status = a.Status, PercentDone = a.PercentDone, WasStatus = a.Status, WasPercentDone = a.PercentDone,
            }),
        ],
    };

    /// <summary>
    /// The progress to record against the plan as it is now. A check-in adds to the plan, so a page
    /// opened before another save may still record one: only an action changed here that was also
    /// changed elsewhere meanwhile is a conflict, noted on its row (with the values it has now).
    /// </summary>
    public IReadOnlyList<ActionProgressInput> ProgressAgainst(Plan plan, ModelStateDictionary modelState)
    {
        var progress = new List<ActionProgressInput>();
        for (var i = 0; i < Progress.Count; i++)
        {
            var row = Progress[i];
            var field = $"Review.Progress[{i}]";
            var action = plan.Actions.FirstOrDefault(a => a.Id == row.ActionId);
            if (action is null)
            {
                modelState.AddModelError($"{field}.Status", "This action was removed in another tab or window since you opened this page.");
                continue;
            }

            var changedHere = row.Status != row.WasStatus || row.PercentDone != row.WasPercentDone;
            var changedElsewhere = action.Status != row.WasStatus || action.PercentDone != row.WasPercentDone;
            if (changedHere && changedElsewhere)
            {
                modelState.AddModelError($"{field}.Status",
                    $"Changed elsewhere since you opened this page: it is now {action.Status.DisplayName().ToLowerInvariant()}, {action.PercentDone} %. Check your values and record again.");
                (row.WasStatus, row.WasPercentDone) = (action.Status, action.PercentDone);
                modelState.Remove($"{field}.WasStatus");
                modelState.Remove($"{field}.WasPercentDone");
                continue;
            }

            progress.Add(changedHere
                ? new ActionProgressInput(action.Id, row.Status ?? ActionStatus.NotStarted, row.PercentDone ?? 0)
                : new ActionProgressInput(action.Id, action.Status, action.PercentDone));
        }

        return progress;
    }
}
