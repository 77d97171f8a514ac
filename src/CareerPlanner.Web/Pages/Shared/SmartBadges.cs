
namespace CareerPlanner.Web.Pages.Shared;

/// <summary>The five S-M-A-R-T badges of one action and what to fix.</summary>
public sealed record SmartBadges(SmartResult Result)
{
    public static IReadOnlyList<(SmartCriterion Criterion, string Letter, string Name)> Criteria { get; } =
    [
        (SmartCriterion.Specific, "S", "Specific"),
        (SmartCriterion.Measurable, "M", "Measurable"),
        (SmartCriterion.Achievable, "A", "Achievable"),
        (SmartCriterion.Relevant, "R", "Relevant"),
        (SmartCriterion.TimeBound, "T", "Time-bound"),
    ];
}
