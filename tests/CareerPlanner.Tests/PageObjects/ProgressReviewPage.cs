using CareerPlanner.Tests.Infrastructure;

namespace CareerPlanner.Tests.PageObjects;

/// <summary>Step 5, <c>/plans/{id}/progress-review</c>: check-ins (reviews), milestones, history and trend.</summary>
public sealed class ProgressReviewPage(HtmlClient client, int planId) : StepPage(client, planId, Slug)
{
    public const string Slug = "progress-review";

    public const string ReviewForm = "form[action*='handler=Review']";
    public const string MilestoneForm = "form[action*='handler=Milestone']";
    public const string RemoveMilestoneForm = "form[action*='handler=RemoveMilestone']";

    public const string ReviewDate = "Review.Date";
    public const string Reflection = "Review.Reflection";
    public const string Changes = "Review.Changes";

    public const string MilestoneKind = "Milestone.Kind";
    public const string MilestoneNote = "Milestone.Note";
    public const string MilestoneDate = "Milestone.Date";

    /// <summary>The edit form of a recorded milestone and its fields.</summary>
    public const string EditMilestoneForm = "form[action*='handler=UpdateMilestone']";
    public const string EditNote = "Edit.Note";
    public const string EditDate = "Edit.Date";
    public const string EditDateField = "#Edit_Date";
    public const string OpenEdit = "details.milestone-edit[open]";

    /// <summary>Past reviews, latest first.</summary>
    public const string History = ".review-list > li";
    /// <summary>Progress over time: what the latest check-in recorded and changed, the trend chart.</summary>
    public const string ProgressOverTime = "section[aria-labelledby='trend-heading']";
    public const string TrendDescription = "svg.trend-chart desc";
    public const string Celebration = ".celebration p";
    public const string MilestoneList = ".milestone-list";

    /// <summary>A field of an action's row in the check-in ("Status", "PercentDone").</summary>
    public static string ProgressField(int row, string property) => $"Review.Progress[{row}].{property}";

    public static FormValues Progress(int row, string? status = null, string? percentDone = null) =>
        FormValues.Row($"Review.Progress[{row}]", ("Status", status), ("PercentDone", percentDone));

    /// <summary>Opens the step and sends its check-in form.</summary>
    public Task<HtmlPage> CheckInAsync(IDictionary<string, string> values) => Client.FillAsync(Url, values, formSelector: ReviewForm);

    /// <summary>Opens the step and sends its milestone form.</summary>
    public Task<HtmlPage> AddMilestoneAsync(IDictionary<string, string> values) => Client.FillAsync(Url, values, formSelector: MilestoneForm);
}
