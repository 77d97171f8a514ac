namespace CareerPlanner.Web.Domain.Analysis;

/// <summary>
/// The one thing to do next on a plan, as the plan page's "Do this next" button offers it. The first
/// rule that holds wins: an unfinished step in order (1 → 4), then overdue actions, then a check-in that
/// is due (or has never happened), else the next review.
/// </summary>
public sealed record NextStep(PlanStep Step, string Advice)
{
    public static NextStep For(Plan plan, DateOnly today)
    {
        if (plan.ProgressOf(PlanStep.SelfAssessment) != StepProgress.Done)
        {
            return new(PlanStep.SelfAssessment, "Describe your strengths and rate your skills");
        }

        if (plan.ProgressOf(PlanStep.Goals) != StepProgress.Done)
        {
            return new(PlanStep.Goals, "Say where you want to be in 1, 3 and 5 years");
        }

        if (plan.ProgressOf(PlanStep.GapAnalysis) != StepProgress.Done)
        {
            return new(PlanStep.GapAnalysis, "List what your target role asks for");
        }

        if (plan.ProgressOf(PlanStep.ActionPlan) != StepProgress.Done)
        {
            return new(PlanStep.ActionPlan, "Plan your first action against your biggest gap");
        }

        var overdue = plan.OverdueActions(today).Count;
        if (overdue > 0)
        {
            return new(PlanStep.ProgressReview, overdue == 1 ? "Update the overdue action" : $"Update the {overdue} overdue actions");
        }

        if (plan.LastReviewDate is null)
        {
            return new(PlanStep.ProgressReview, "Record your first check-in");
        }

        return plan.IsReviewOverdue(today)
            ? new(PlanStep.ProgressReview, "Your review is due: record a check-in")
            : new(PlanStep.ProgressReview, "Record progress as it happens");
    }
}
