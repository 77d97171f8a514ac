using AngleSharp.Dom;
using CareerPlanner.Tests.Infrastructure;

namespace CareerPlanner.Tests.PageObjects;

/// <summary>Step 3, <c>/plans/{id}/gap-analysis</c>: the target role, its requirements, readiness and the gap chart.</summary>
public sealed class GapAnalysisPage(HtmlClient client, int planId) : StepPage(client, planId, Slug)
{
    public const string Slug = "gap-analysis";

    public const string TargetRoleTitle = "Input.TargetRoleTitle";
    public const string TargetRoleDescription = "Input.TargetRoleDescription";

    /// <summary>The gaps table, most urgent first.</summary>
    public const string GapRows = "table tbody tr";

    /// <summary>The gaps table by its title (the one the mentors' ratings are shown in).</summary>
    public const string GapsTableRows = "table[aria-labelledby=gaps-table-title] tbody tr";

    public static string RequirementField(int row, string property) => $"Input.Requirements[{row}].{property}";

    public static FormValues Requirement(int row, string? kind = null, string? name = null, string? requiredLevel = null, string? currentLevel = null, string? closedBy = null, string? priority = null) =>
        FormValues.Row($"Input.Requirements[{row}]", ("Kind", kind), ("Name", name), ("RequiredLevel", requiredLevel), ("CurrentLevel", currentLevel), ("ClosedBy", closedBy), ("Priority", priority));

    /// <summary>The readiness figure, e.g. "66 %".</summary>
    public static string Readiness(HtmlPage page) => page.Document.QuerySelector(".readiness-value")!.TextContent.Trim();

    public static IElement Chart(HtmlPage page) => page.Document.QuerySelector("svg.gap-chart")!;

    /// <summary>The requirements' names as the gaps table lists them.</summary>
    public static List<string> GapNames(HtmlPage page) => [.. page.Document.QuerySelectorAll(GapRows).Select(r => r.QuerySelector("th")!.TextContent.Trim())];
}
