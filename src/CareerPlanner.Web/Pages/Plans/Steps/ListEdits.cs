namespace CareerPlanner.Web.Pages.Plans.Steps;

/// <summary>How to remove and move an item of one of the plan's lists.</summary>
public sealed record ListEdits(Action<Guid> Remove, Action<Guid, int> Move);
