using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareerPlanner.Web.Hosting.PageCache;

/// <summary>
/// Moves <see cref="PageVersions"/> on for every plan and person a save touched, once the save is
/// committed. Every write of the app goes through <c>SaveChanges</c>, except the few bulk updates
/// that tell <see cref="PageVersions"/> themselves.
/// </summary>
public sealed class PageVersionInterceptor(PageVersions versions) : SaveChangesInterceptor
{
    private const string PlanKey = nameof(Plan) + "Id";

    // What a save is about to change, kept per context between "saving" and "saved".
    private readonly ConditionalWeakTable<DbContext, List<object>> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Publish(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Publish(eventData.Context);
        return ValueTask.FromResult(result);
    }

    // A failed save may still have committed part of its work elsewhere (never with EF's own transaction, but be safe): publish too.
    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Publish(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Publish(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var changed = new List<object>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                changed.Add(Describe(entry));
            }
        }

        _pending.AddOrUpdate(context, changed);
    }

    /// <summary>The entry itself for a plan or a person; for the plan's parts and everything hanging off a plan, the entry (its plan id may only be known after the save).</summary>
    private static object Describe(EntityEntry entry) => entry.Entity switch
    {
        AppUser user when entry.State == EntityState.Deleted => new UserDeleted(user.Id),
        _ => entry,
    };

    private void Publish(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var changed))
        {
            return;
        }

        _pending.Remove(context);
        foreach (var item in changed)
        {
            switch (item)
            {
                case UserDeleted:
                    // The account's plans go with it by cascade in the database, unseen by the change tracker.
                    versions.EverythingChanged();
                    break;
                case EntityEntry { Entity: AppUser user }:
                    versions.UserChanged(user.Id);
                    break;
                case EntityEntry { Entity: Plan plan }:
                    versions.PlanChanged(plan.Id);
                    break;
                case EntityEntry entry when entry.Metadata.FindProperty(PlanKey) is { } key && entry.Property(key.Name).CurrentValue is int planId:
                    versions.PlanChanged(planId);
                    break;
                default:
                    // Anything else (Identity's claims, logins, tokens) belongs to a person.
                    if (item is EntityEntry other && other.Metadata.FindProperty("UserId") is { } userKey && other.Property(userKey.Name).CurrentValue is string userId)
                    {
                        versions.UserChanged(userId);
                    }

                    break;
            }
        }
    }

    private sealed record UserDeleted(string UserId);
}
