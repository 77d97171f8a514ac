namespace CareerPlanner.Web.Domain.Reviews;

public sealed record ActionProgressInput(Guid ActionId, ActionStatus Status, int PercentDone);
