
namespace CareerPlanner.Web.Pages.Shared;

/// <summary>What the step indicator shows: each step's name, how far it has come, and a link where its page exists.</summary>
public sealed record StepIndicator(int PlanId, PlanStep? Current, IReadOnlyList<StepIndicator.Item> Steps)
{
    public sealed record Item(PlanStep Step, string Name, StepProgress Progress, string? Url, bool IsCurrent);

    public static StepIndicator For(Plan plan, PlanStep? current) => new(
        plan.Id,
        current,
        [.. Enum.GetValues<PlanStep>().Select(step => new Item(
            step,
            step.DisplayName(),
            plan.ProgressOf(step),
            PlanRoutes.Step(plan.Id, step),
            step == current))]);
}
