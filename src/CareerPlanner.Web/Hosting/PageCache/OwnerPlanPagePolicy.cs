using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace CareerPlanner.Web.Hosting.PageCache;

/// <summary>A plan's page for its owner: the plan id comes from the route, the person from the sign-in cookie.</summary>
internal sealed class OwnerPlanPagePolicy(PageCacheCookies cookies, PageVersions versions, TimeProvider clock) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        if (http.User.Identity?.IsAuthenticated != true
            || !int.TryParse(http.GetRouteValue("id") as string, NumberStyles.None, CultureInfo.InvariantCulture, out var planId)
            || !PageCaching.TryVaryByReader(context, cookies, versions, clock))
        {
            return ValueTask.CompletedTask;
        }

        context.CacheVaryByRules.VaryByValues["plan"] = versions.OfPlan(planId);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        PageCaching.StoreOnlyCleanPages(context);
        return ValueTask.CompletedTask;
    }
}
