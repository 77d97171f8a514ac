namespace CareerPlanner.Web.Domain.Analysis;

/// <summary>A budget total for one year and currency.</summary>
public sealed record BudgetLine(int? Year, string Currency, decimal Amount);
