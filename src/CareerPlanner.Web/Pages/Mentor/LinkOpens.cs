using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Mentor;

/// <summary>
/// Counts mentor-link opens in memory and writes them in batches, so a mentor's GET writes nothing.
/// Each flush adds a link's opens to its stored count in one atomic UPDATE (<c>TimesOpened + n</c>),
/// so opens at the same moment are never lost the way a read-then-write of the count loses them.
/// Opens recorded since the last flush (at most <see cref="LinkOpensFlusher.Interval"/>) are lost if
/// the process is killed; a normal stop flushes them.
/// </summary>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable",
    Justification = "The semaphore never makes a wait handle, so it holds nothing to release; disposing it with the container would fail a flush still running when the app stops.")]
public sealed class LinkOpens(IServiceScopeFactory scopes)
{
    private readonly Lock _lock = new();

    /// <summary>One flush at a time, so a later batch's "last opened" is never overwritten by an earlier one.</summary>
    private readonly SemaphoreSlim _flushing = new(1, 1);

    private Dictionary<int, Pending> _pending = [];

    /// <summary>A link was opened at <paramref name="openedAt"/>; stored at the next flush.</summary>
    public void Record(int shareLinkId, DateTimeOffset openedAt)
    {
        lock (_lock)
        {
            Add(shareLinkId, new Pending(1, openedAt));
        }
    }

    /// <summary>Writes every open recorded so far: when this returns, they are in the database.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        await _flushing.WaitAsync(cancellationToken);
        try
        {
            Dictionary<int, Pending> batch;
            lock (_lock)
            {
                (batch, _pending) = (_pending, []);
            }

            if (batch.Count == 0)
            {
                return;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            try
            {
                foreach (var (linkId, (count, latest)) in batch.ToList())
                {
                    var openedAt = latest.UtcDateTime;
                    // A link deleted meanwhile matches no row: its opens go with it.
                    await db.ShareLinks.Where(l => l.Id == linkId).ExecuteUpdateAsync(
                        link => link
                            .SetProperty(l => l.TimesOpened, l => l.TimesOpened + count)
                            .SetProperty(l => l.LastOpenedAt, openedAt),
                        CancellationToken.None);
                    batch.Remove(linkId);
                }
            }
            catch
            {
                // What was not written waits for the next flush, with the opens recorded since; the caller hears of the failure.
                Requeue(batch);
                throw;
            }
        }
        finally
        {
            _flushing.Release();
        }
    }

    /// <summary>Puts opens that were taken for a flush but not written back with those recorded since.</summary>
    private void Requeue(Dictionary<int, Pending> unwritten)
    {
        lock (_lock)
        {
            foreach (var (linkId, opens) in unwritten)
            {
                Add(linkId, opens);
            }
        }
    }

    private void Add(int linkId, Pending opens) =>
        _pending[linkId] = _pending.TryGetValue(linkId, out var pending) ? pending.Plus(opens) : opens;

    private readonly record struct Pending(int Count, DateTimeOffset Latest)
    {
        public Pending Plus(Pending other) => new(Count + other.Count, other.Latest > Latest ? other.Latest : Latest);
    }
}
