namespace CareerPlanner.Web.Hosting;

/// <summary>
/// A capability URL — a mentor's share link, a calendar feed — is the secret itself: its responses
/// must not leak it through referrers, caches or search engines, whatever they answer (404 and 429 too).
/// </summary>
public static class CapabilityUrlHeaders
{
    /// <summary>The path prefixes whose URLs carry a token.</summary>
    public static readonly IReadOnlyList<PathString> Prefixes = [PlanRoutes.MentorPrefix, PlanRoutes.CalendarFeedPrefix];

    public static IApplicationBuilder UseCapabilityUrlHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (Prefixes.Any(prefix => context.Request.Path.StartsWithSegments(prefix)))
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers["Referrer-Policy"] = "no-referrer";
                headers.CacheControl = "no-store";
                headers["X-Robots-Tag"] = "noindex, nofollow";
                return Task.CompletedTask;
            });
        }

        await next(context);
    });
}
