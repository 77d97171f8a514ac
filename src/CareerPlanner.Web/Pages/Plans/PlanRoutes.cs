namespace CareerPlanner.Web.Pages.Plans;

/// <summary>
/// The one place that builds the app's URLs. Each page declares its template with <c>@page</c>;
/// <c>PlanRoutesTests</c> checks every URL built here against those templates, so a page that
/// moves without this table moving with it fails a test instead of leaving a dead link.
/// </summary>
public static class PlanRoutes
{
    public const string MyPlans = "/plans";
    public const string NewPlan = "/plans/new";
    public const string ImportPlan = "/plans/import";

    public static string Plan(int planId) => $"/plans/{planId}";

    /// <summary>The plan page scrolled to a step's mentor comments.</summary>
    public static string PlanFeedback(int planId, PlanStep step) => $"{Plan(planId)}#{FeedbackAnchor(step)}";

    public static string Rename(int planId) => $"{Plan(planId)}/rename";

    public static string Delete(int planId) => $"{Plan(planId)}/delete";

    public static string Share(int planId) => $"{Plan(planId)}/share";

    public static string Calendar(int planId) => $"{Plan(planId)}/calendar";

    public static string Export(int planId, string format) => $"{Plan(planId)}/export/{format}";

    /// <summary>The calendar feed's endpoint template: a capability URL, the raw token only ever in it.</summary>
    public const string CalendarFeedTemplate = CalendarFeedPrefix + "/{token}.ics";

    public const string CalendarFeedPrefix = "/calendar";

    public static string CalendarFeed(string token) => $"{CalendarFeedPrefix}/{token}.ics";

    /// <summary>Resolves a mentor comment on the plan page.</summary>
    public static string ResolveComment(int planId, int commentId) => $"{Plan(planId)}?handler=Resolve&commentId={commentId}";

    public static string Step(int planId, PlanStep step) => step switch
    {
        PlanStep.SelfAssessment => $"{Plan(planId)}/self-assessment",
        PlanStep.Goals => $"{Plan(planId)}/goals",
        PlanStep.GapAnalysis => $"{Plan(planId)}/gap-analysis",
        PlanStep.ActionPlan => $"{Plan(planId)}/action-plan",
        PlanStep.ProgressReview => $"{Plan(planId)}/progress-review",
        _ => Plan(planId),
    };

    /// <summary>A mentor's page for a share link.</summary>
    public static string Mentor(string token) => $"{MentorPrefix}/{token}";

    public const string MentorPrefix = "/m";

    public static string MentorFeedback(string token, PlanStep step) => $"{Mentor(token)}#{FeedbackAnchor(step)}";

    public static string MentorRatings(string token) => $"{Mentor(token)}#ratings";

    public static string MentorComment(string token, PlanStep step) => $"{Mentor(token)}?handler=Comment#{FeedbackAnchor(step)}";

    public static string MentorRate(string token) => $"{Mentor(token)}?handler=Ratings#ratings";

    /// <summary>The id of the block holding a step's mentor comments.</summary>
    public static string FeedbackAnchor(PlanStep step) => $"feedback-{step.ToString().ToLowerInvariant()}";
}
