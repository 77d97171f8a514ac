using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Mentor;

/// <summary>
/// Every door a capability token opens — the mentor page (rendered or from the page cache) and the
/// calendar feed — goes through here: the guessing limit per client, the token hashed once, unknown,
/// revoked and expired tokens refused alike (and counted against the client), opens counted and audited.
/// </summary>
public sealed class MentorAccess(
    LinkGuessingLimiter limiter,
    LinkOpens opens,
    MentorLinkDirectory shown,
    AuditLog audit,
    TimeProvider clock,
    ILogger<MentorAccess> logger)
{
    /// <summary>The active share link for <paramref name="token"/>, with its plan: untracked with its reviews for reading, tracked to take a comment or ratings.</summary>
    public Task<TokenAccess<ShareLink>> FindLinkAsync(HttpContext http, AppDbContext db, string token, bool forReading) =>
        FindAsync(http, token, async hash =>
        {
            var link = forReading
                ? await db.LinkForReadingAsync(hash)
                : await db.ShareLinks.Include(l => l.Plan).SingleOrDefaultAsync(l => l.TokenHash == hash);
            if (link is not null && !link.IsActiveAt(clock.GetUtcNow()))
            {
                logger.LogInformation("Share link look-up refused ({Reason})", link.StatusAt(clock.GetUtcNow()));
                return null;
            }

            return link;
        });

    /// <summary>The plan whose calendar feed <paramref name="token"/> is.</summary>
    public Task<TokenAccess<Plan>> FindCalendarAsync(HttpContext http, AppDbContext db, string token) =>
        FindAsync(http, token, hash => db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.CalendarTokenHash == hash));

    /// <summary>A mentor read the plan through <paramref name="link"/>: counted (in memory, stored in bulk) and audited; the link is remembered for the page cache.</summary>
    public void RecordOpen(ShareLink link, string token)
    {
        RecordOpen(link.Id, link.PlanId);
        shown.Remember(token, link.Id, link.PlanId, link.ExpiresAt);
    }

    /// <summary>A link shown before whose page may come from the page cache: not expired, from a client the limiter lets through.</summary>
    internal MentorLinkDirectory.Entry? FindShown(HttpContext http, string token) =>
        shown.Find(token) is { } link
        && !(link.ExpiresAtUtc is { } expires && expires <= clock.GetUtcNow().UtcDateTime)
        && limiter.RetryAfter(ClientOf(http)) is null
            ? link
            : null;

    /// <summary>An open of a page served from the page cache: counted and audited like a rendered one.</summary>
    internal void RecordOpen(MentorLinkDirectory.Entry link) => RecordOpen(link.LinkId, link.PlanId);

    private void RecordOpen(int linkId, int planId)
    {
        opens.Record(linkId, clock.GetUtcNow());
        audit.Record(AuditEvent.LinkOpened, planId: planId, linkId: linkId);
    }

    private async Task<TokenAccess<T>> FindAsync<T>(HttpContext http, string token, Func<string, Task<T?>> findByHash)
        where T : class
    {
        var client = ClientOf(http);
        if (limiter.RetryAfter(client) is { } wait)
        {
            return new(TokenAccessOutcome.TooMany, null, wait);
        }

        var found = ShareTokens.LooksLikeToken(token) ? await findByHash(ShareTokens.Hash(token)) : null;
        if (found is null)
        {
            limiter.RecordFailure(client);
            return new(TokenAccessOutcome.NotFound, null, TimeSpan.Zero);
        }

        return new(TokenAccessOutcome.Active, found, TimeSpan.Zero);
    }

    private static string ClientOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
