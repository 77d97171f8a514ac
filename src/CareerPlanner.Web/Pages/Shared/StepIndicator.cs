using CareerPlanner.Web.Domain;

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
            StepPages.PathFor(plan.Id, step),
            step == current))]);
}

/// <summary>Where each step of the wizard lives.</summary>
public static class StepPages
{
    public static string PathFor(int planId, PlanStep step) => step switch
    {
        PlanStep.SelfAssessment => $"/plans/{planId}/self-assessment",
        PlanStep.Goals => $"/plans/{planId}/goals",
        PlanStep.GapAnalysis => $"/plans/{planId}/gap-analysis",
        PlanStep.ActionPlan => $"/plans/{planId}/action-plan",
        PlanStep.ProgressReview => $"/plans/{planId}/progress-review",
        _ => $"/plans/{planId}",
    };
}
