using Microsoft.AspNetCore.OutputCaching;

namespace CareerPlanner.Web.Hosting.PageCache;

/// <summary>
/// A mentor's page: a copy is used only for a link shown before, not expired, from a client the
/// link-guessing limiter lets through, and keyed like an owner's page plus the mentor's remembered name.
/// An open served from memory is still counted and written to the audit log.
/// </summary>
internal sealed class MentorLinkPagePolicy(PageCacheCookies cookies, PageVersions versions, TimeProvider clock, MentorLinkDirectory links, LinkGuessingLimiter limiter, LinkOpens opens, AuditLog audit) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (http.GetRouteValue("token") is not string token
            || links.Find(token) is not { } link
            || link.ExpiresAtUtc is { } expires && expires <= clock.GetUtcNow().UtcDateTime
            || limiter.RetryAfter(client) is not null
            || !PageCaching.TryVaryByReader(context, cookies, versions, clock))
        {
            return ValueTask.CompletedTask;
        }

        context.CacheVaryByRules.VaryByValues["plan"] = versions.OfPlan(link.PlanId);
        context.CacheVaryByRules.VaryByValues["mentor"] = http.Request.Cookies[MentorNameCookie.Name] ?? "";
        http.Items[typeof(MentorLinkDirectory.Entry)] = link;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.HttpContext.Items[typeof(MentorLinkDirectory.Entry)] is MentorLinkDirectory.Entry link)
        {
            opens.Record(link.LinkId, clock.GetUtcNow());
            audit.Record(AuditEvent.LinkOpened, planId: link.PlanId, linkId: link.LinkId);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        PageCaching.StoreOnlyCleanPages(context);
        return ValueTask.CompletedTask;
    }
}
