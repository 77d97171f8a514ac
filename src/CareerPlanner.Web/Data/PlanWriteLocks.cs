namespace CareerPlanner.Web.Data;

/// <summary>
/// One read-change-save at a time per plan in this process, for additions (check-ins, milestones)
/// that are applied to whatever the plan is when they land: two of them on one plan would otherwise
/// find it changed under them and retry, again and again under load. Saves of different plans go
/// on side by side; only their commits queue at <see cref="SqliteWriteGate"/>.
/// </summary>
public static class PlanWriteLocks
{
    // A fixed set of locks, chosen by plan id: bounded memory, and two plans rarely share one.
    private static readonly SemaphoreSlim[] Locks = [.. Enumerable.Range(0, 256).Select(_ => new SemaphoreSlim(1, 1))];

    public static async Task<T> RunAsync<T>(int planId, Func<Task<T>> work, CancellationToken cancellationToken = default)
    {
        var gate = Locks[(uint)planId % (uint)Locks.Length];
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await work();
        }
        finally
        {
            gate.Release();
        }
    }
}
