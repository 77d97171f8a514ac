using System.Collections.Concurrent;

namespace CareerPlanner.Web.Pages.Mentor;

/// <summary>
/// Slows down guessing of share-link tokens: each client address may fail a look-up
/// <see cref="FailuresAllowed"/> times per <see cref="Window"/>; after that its link requests get
/// 429 until the window ends. Only failures count, so people opening valid links are never
/// affected by others' guessing. Kept in memory per app instance.
/// </summary>
public sealed class LinkGuessingLimiter(TimeProvider clock)
{
    public const int FailuresAllowed = 20;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private const int MaxTrackedClients = 100_000;

    private readonly ConcurrentDictionary<string, Counter> _failures = new();

    /// <summary>How long the client must wait, or null if it may look up a token now.</summary>
    public TimeSpan? RetryAfter(string client)
    {
        if (!_failures.TryGetValue(client, out var counter))
        {
            return null;
        }

        lock (counter)
        {
            var now = clock.GetUtcNow();
            if (now >= counter.WindowEnds)
            {
                return null;
            }

            return counter.Count >= FailuresAllowed ? counter.WindowEnds - now : null;
        }
    }

    public void RecordFailure(string client)
    {
        if (_failures.Count > MaxTrackedClients)
        {
            // Never grow without bound under a spray of addresses; forgetting is safe (it only forgives).
            _failures.Clear();
        }

        var counter = _failures.GetOrAdd(client, _ => new Counter());
        lock (counter)
        {
            var now = clock.GetUtcNow();
            if (now >= counter.WindowEnds)
            {
                counter.WindowEnds = now + Window;
                counter.Count = 0;
            }

            counter.Count++;
        }
    }

    private sealed class Counter
    {
        public DateTimeOffset WindowEnds { get; set; }

        public int Count { get; set; }
    }
}
