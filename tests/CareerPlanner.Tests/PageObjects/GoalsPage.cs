using CareerPlanner.Tests.Infrastructure;

namespace CareerPlanner.Tests.PageObjects;

/// <summary>Step 2, <c>/plans/{id}/goals</c>: the dream job, the intention, and goals on three horizons.</summary>
public sealed class GoalsPage(HtmlClient client, int planId) : StepPage(client, planId, Slug)
{
    public const string Slug = "goals";

    public const string DreamJob = "Input.DreamJob";
    public const string Intention = "Input.Intention";
    public const string Opportunities = "Input.Opportunities";

    public static string GoalField(int row, string property) => $"Input.Goals[{row}].{property}";

    public static FormValues Goal(int row, string? horizon = null, string? title = null, string? description = null, string? targetDate = null) =>
        FormValues.Row($"Input.Goals[{row}]", ("Horizon", horizon), ("Title", title), ("Description", description), ("TargetDate", targetDate));

    /// <summary>The intention radio button that is checked.</summary>
    public static string? CheckedIntention(HtmlPage page) => page.Document.QuerySelector($"input[name='{Intention}'][checked]")?.GetAttribute("value");

    /// <summary>The goals shown grouped by horizon: each group's heading and its first goal.</summary>
    public static List<(string Horizon, string FirstGoal)> Horizons(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll(".horizon").Select(h => (h.QuerySelector("h3")!.TextContent, h.QuerySelector("li strong")!.TextContent))];
}
