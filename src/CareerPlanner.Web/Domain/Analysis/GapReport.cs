namespace CareerPlanner.Web.Domain.Analysis;

/// <summary>
/// The gap analysis of a plan: each requirement's gap, a readiness percentage and the order in
/// which to work on the gaps.
/// </summary>
/// <remarks>
/// Gap = required level − current level, never below 0; an unknown current level counts as 0.
/// Priority weights: high 3, medium 2, low 1.
/// Readiness % = Σ weight × min(current, required) / required  ÷  Σ weight  × 100, rounded down:
/// each requirement counts by its priority, with partial credit for the share of the required level
/// already reached. All requirements met → 100 %; no requirements → no readiness (null).
/// </remarks>
public sealed class GapReport
{
    public const string ReadinessFormula =
        "Readiness is the priority-weighted share of the required levels you already reach: each requirement counts 3 (high), 2 (medium) or 1 (low) times the part of its required level you have (capped at 100 %).";

    private GapReport(IReadOnlyList<RequirementGap> gaps, int? readinessPercent)
    {
        Gaps = gaps;
        ReadinessPercent = readinessPercent;
    }

    /// <summary>In the order the person entered them.</summary>
    public IReadOnlyList<RequirementGap> Gaps { get; }

    public int? ReadinessPercent { get; }

    /// <summary>Largest gap × priority first; ties by priority, then by name.</summary>
    public IReadOnlyList<RequirementGap> ByUrgency =>
        [.. Gaps.OrderByDescending(g => g.Urgency).ThenByDescending(g => g.Weight).ThenBy(g => g.Requirement.Name, StringComparer.OrdinalIgnoreCase)];

    public int MetCount => Gaps.Count(g => g.IsMet);

    public static int WeightOf(Priority priority) => priority switch
    {
        Priority.High => 3,
        Priority.Medium => 2,
        _ => 1,
    };

    public static GapReport Of(Plan plan)
    {
        var gaps = plan.Requirements.Select(r =>
        {
            var fromSkill = plan.SkillNamed(r.Name)?.Level;
            var (current, source) = fromSkill is { } skill ? ((int)skill, CurrentLevelSource.SelfAssessment)
                : r.CurrentLevel is { } set ? ((int)set, CurrentLevelSource.SetHere)
                : (0, CurrentLevelSource.Unknown);
            var required = (int)r.RequiredLevel;
            return new RequirementGap(r, current, source, required, Math.Max(0, required - current), WeightOf(r.Priority));
        }).ToList();

        return new GapReport(gaps, Readiness(gaps));
    }

    private static int? Readiness(List<RequirementGap> gaps)
    {
        if (gaps.Count == 0)
        {
            return null;
        }

        var reached = gaps.Sum(g => g.Weight * Math.Min(g.Current, g.Required) / (double)g.Required);
        var total = gaps.Sum(g => g.Weight);
        return (int)Math.Floor(reached / total * 100 + 1e-9);
    }
}
