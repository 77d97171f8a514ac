using System.Collections.Concurrent;

namespace CareerPlanner.Web.Hosting.PageCache;

/// <summary>
/// A counter per plan and per user that moves on after every committed change to what a page of
/// that plan or that person shows. Cached pages are keyed by these counters, so a change makes the
/// old copies unreachable at once; nothing is ever served from before it.
/// </summary>
/// <remarks>
/// In memory, like the pages it keys, so it is only right while one process writes the database:
/// the SQLite set-up.
/// </remarks>
public sealed class PageVersions
{
    private readonly ConcurrentDictionary<int, long> _plans = new();
    private readonly ConcurrentDictionary<string, long> _users = new(StringComparer.Ordinal);
    private long _everything;

    /// <summary>A stamp that differs after any change to the plan, or to everything.</summary>
    public string OfPlan(int planId) => $"{Interlocked.Read(ref _everything)}.{_plans.GetValueOrDefault(planId)}";

    public string OfUser(string userId) => $"{Interlocked.Read(ref _everything)}.{_users.GetValueOrDefault(userId)}";

    /// <summary>Call after the change is committed, never before: a page rendered in between would otherwise be stored under the new key with the old data.</summary>
    public void PlanChanged(int planId) => _plans.AddOrUpdate(planId, 1, (_, v) => v + 1);

    /// <summary>The person's account changed (or went): every page cached for them is dropped.</summary>
    public void UserChanged(string userId) => _users.AddOrUpdate(userId, 1, (_, v) => v + 1);

    /// <summary>For changes whose reach is not tracked one by one (an account deleted with its plans cascading in the database): drops every cached page.</summary>
    public void EverythingChanged() => Interlocked.Increment(ref _everything);
}
