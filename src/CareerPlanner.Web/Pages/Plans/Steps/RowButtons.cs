namespace CareerPlanner.Web.Pages.Plans.Steps;

/// <summary>Move up, move down and remove for one saved row of a list.</summary>
public sealed record RowButtons(string List, Guid? Id, string Label, int Index, int SavedCount);
