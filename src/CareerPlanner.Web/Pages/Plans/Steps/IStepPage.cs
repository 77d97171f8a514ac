namespace CareerPlanner.Web.Pages.Plans.Steps;

/// <summary>What the shared parts of a step page (heading, indicator, buttons) need to know.</summary>
public interface IStepPage
{
    int PlanId { get; }

    string PlanTitle { get; }

    PlanStep Step { get; }

    StepIndicator Steps { get; }

    string? StatusMessage { get; }

    StepFeedback? Feedback { get; }

    string BackUrl { get; }
}
