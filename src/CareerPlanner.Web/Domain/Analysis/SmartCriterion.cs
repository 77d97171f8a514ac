namespace CareerPlanner.Web.Domain.Analysis;

/// <summary>The five SMART criteria.</summary>
public enum SmartCriterion
{
    Specific,
    Measurable,
    Achievable,
    Relevant,
    TimeBound,
}
