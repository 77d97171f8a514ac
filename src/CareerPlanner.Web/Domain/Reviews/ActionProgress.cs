namespace CareerPlanner.Web.Domain.Reviews;

/// <summary>Status and progress of one action as recorded at a review.</summary>
public sealed class ActionProgress
{
    internal ActionProgress() { }

    internal ActionProgress(Guid actionId, ActionStatus status, int percentDone)
    {
        ActionId = actionId;
        Status = status;
        PercentDone = percentDone;
    }

    public Guid ActionId { get; private set; }
    public ActionStatus Status { get; private set; }
    public int PercentDone { get; private set; }
}
