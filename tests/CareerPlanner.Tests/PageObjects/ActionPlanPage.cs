using AngleSharp.Dom;
using CareerPlanner.Tests.Infrastructure;

namespace CareerPlanner.Tests.PageObjects;

/// <summary>Step 4, <c>/plans/{id}/action-plan</c>: SMART actions, their check, coverage, budget and timeline.</summary>
public sealed class ActionPlanPage(HtmlClient client, int planId) : StepPage(client, planId, Slug)
{
    public const string Slug = "action-plan";

    public const string SmartOk = ".row-card .smart-ok";
    public const string SmartBadges = ".row-card .badge";
    public const string SmartFindings = ".row-card .smart-findings li";
    public const string Coverage = ".coverage";
    public const string Budget = "table[aria-labelledby=budget-title]";
    public const string TimelineDescription = "svg.timeline-chart desc";

    private static readonly DateOnly Today = DateOnly.FromDateTime(AppFactory.Today.UtcDateTime);

    public static string ActionField(int row, string property) => $"Input.Actions[{row}].{property}";

    public static FormValues Action(int row, string? title = null, string? kind = null, string? percentDone = null) =>
        FormValues.Row($"Input.Actions[{row}]", ("Title", title), ("Kind", kind), ("PercentDone", percentDone));

    /// <summary>
    /// A well-formed action (SMART on all five counts) for the row: it serves the goal "Product Manager"
    /// and closes the gap "Roadmapping", both read from the page's lists.
    /// </summary>
    public static FormValues GoodAction(HtmlPage page, int row) => new()
    {
        { ActionField(row, "Title"), "Complete the Product Discovery course" },
        { ActionField(row, "Kind"), "Course" },
        { ActionField(row, "Specific"), "All 8 modules and the capstone" },
        { ActionField(row, "Measure"), "Capstone graded at least 80 %" },
        { ActionField(row, "EffortHours"), "30.5" },
        { ActionField(row, "Resources"), "Two evenings a week" },
        { ActionField(row, "BudgetAmount"), "390" },
        { ActionField(row, "BudgetCurrency"), "eur" },
        { ActionField(row, "GoalId"), OptionValue(page, ActionField(row, "GoalId"), "Product Manager") },
        { ActionField(row, "RequirementId"), OptionValue(page, ActionField(row, "RequirementId"), "Roadmapping") },
        { ActionField(row, "Start"), Iso(Today.AddDays(14)) },
        { ActionField(row, "Deadline"), Iso(Today.AddMonths(3)) },
        { ActionField(row, "Status"), "InProgress" },
        { ActionField(row, "PercentDone"), "10" },
    };

    /// <summary>The value of the first option of a list whose text starts with <paramref name="startsWith"/>.</summary>
    public static string OptionValue(HtmlPage page, string select, string startsWith) =>
        page.Document.QuerySelectorAll($"select[name='{select}'] option").First(o => o.TextContent.StartsWith(startsWith, StringComparison.Ordinal)).GetAttribute("value")!;

    /// <summary>The option chosen in a list.</summary>
    public static IElement SelectedOption(HtmlPage page, string select) => page.Document.QuerySelector($"select[name='{select}'] option:checked")!;

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd");
}
