namespace CareerPlanner.Web.Domain.Analysis;

/// <summary>One thing to fix about an action, in plain words.</summary>
public sealed record SmartFinding(SmartCriterion Criterion, string Message);
