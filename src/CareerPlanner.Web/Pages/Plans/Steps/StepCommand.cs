using System.Globalization;

namespace CareerPlanner.Web.Pages.Plans.Steps;

/// <summary>
/// Which button of a step's form was pressed. Every button submits the whole form, so whatever was
/// typed is saved with it: "save", "next", "back", "remove:{list}:{id}", "move:{list}:{id}:{offset}".
/// </summary>
public sealed record StepCommand(StepCommandKind Kind, string List = "", Guid ItemId = default, int Offset = 0)
{
    public static StepCommand Parse(string? value)
    {
        var parts = (value ?? "save").Split(':');
        return parts switch
        {
            ["next"] => new(StepCommandKind.Next),
            ["back"] => new(StepCommandKind.Back),
            ["remove", var list, var id] when Guid.TryParse(id, out var itemId) => new(StepCommandKind.Remove, list, itemId),
            ["move", var list, var id, var offset] when Guid.TryParse(id, out var itemId)
                && int.TryParse(offset, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var by) && by is -1 or 1
                => new(StepCommandKind.Move, list, itemId, by),
            _ => new(StepCommandKind.Save),
        };
    }

    /// <summary>The step the person lands on after pressing the button: where the plan resumes next time.</summary>
    public PlanStep LandsOn(PlanStep step) => Kind switch
    {
        StepCommandKind.Next when step < PlanStep.ProgressReview => step + 1,
        StepCommandKind.Back when step > PlanStep.SelfAssessment => step - 1,
        _ => step,
    };

    /// <summary>Removes or moves the item it names, in the step's lists by name; other commands change no list.</summary>
    public void ApplyTo(IReadOnlyDictionary<string, ListEdits> lists)
    {
        if (Kind is not (StepCommandKind.Remove or StepCommandKind.Move) || !lists.TryGetValue(List, out var list))
        {
            return;
        }

        if (Kind == StepCommandKind.Remove)
        {
            list.Remove(ItemId);
        }
        else
        {
            list.Move(ItemId, Offset);
        }
    }

    /// <summary>Where the saved form goes: the next or previous step (the plan page around the ends), or back here.</summary>
    public string Destination(int planId, PlanStep step) => Kind switch
    {
        StepCommandKind.Next => step == PlanStep.ProgressReview ? PlanRoutes.Plan(planId) : PlanRoutes.Step(planId, step + 1),
        StepCommandKind.Back => BackFrom(planId, step),
        StepCommandKind.Move => PlanRoutes.Step(planId, step) + "#" + List,
        _ => PlanRoutes.Step(planId, step),
    };

    /// <summary>What the page says after saving, when it stays on the step.</summary>
    public string? StatusMessage => Kind switch
    {
        StepCommandKind.Next or StepCommandKind.Back => null,
        StepCommandKind.Remove => "Removed. Everything else you typed is saved.",
        StepCommandKind.Move => "Order changed and saved.",
        _ => "Saved.",
    };

    /// <summary>The page before a step: the previous step, or the plan page before the first.</summary>
    public static string BackFrom(int planId, PlanStep step) =>
        step == PlanStep.SelfAssessment ? PlanRoutes.Plan(planId) : PlanRoutes.Step(planId, step - 1);

    public static string RemoveValue(string list, Guid id) => $"remove:{list}:{id}";

    public static string MoveValue(string list, Guid id, int offset) =>
        string.Create(CultureInfo.InvariantCulture, $"move:{list}:{id}:{offset}");
}
