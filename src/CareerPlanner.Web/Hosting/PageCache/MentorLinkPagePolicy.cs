using Microsoft.AspNetCore.OutputCaching;

namespace CareerPlanner.Web.Hosting.PageCache;

/// <summary>
/// A mentor's page: a copy is used only for a link shown before, not expired, from a client the
/// link-guessing limiter lets through, and keyed like an owner's page plus the mentor's remembered name.
/// An open served from memory is still counted and written to the audit log.
/// </summary>
internal sealed class MentorLinkPagePolicy(PageCacheCookies cookies, PageVersions versions, TimeProvider clock, MentorAccess access) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        if (http.GetRouteValue("token") is not string token
            || access.FindShown(http, token) is not { } link
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
            access.RecordOpen(link);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        PageCaching.StoreOnlyCleanPages(context);
        return ValueTask.CompletedTask;
    }
}
