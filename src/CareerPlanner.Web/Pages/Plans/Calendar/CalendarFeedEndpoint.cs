using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Plans.Calendar;

/// <summary><c>GET /calendar/{token}.ics</c>: a plan's iCalendar feed, reached by its capability URL only.</summary>
public static class CalendarFeedEndpoint
{
    public static void MapCalendarFeed(this IEndpointRouteBuilder app) =>
        app.MapGet(PlanRoutes.CalendarFeedTemplate, async (string token, HttpContext context, AppDbContext db, TimeProvider clock, LinkGuessingLimiter limiter) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            context.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
            var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            if (limiter.RetryAfter(client) is { } wait)
            {
                context.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Results.StatusCode(StatusCodes.Status429TooManyRequests);
            }

            var plan = ShareTokens.LooksLikeToken(token)
                ? await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.CalendarTokenHash == ShareTokens.Hash(token))
                : null;
            if (plan is null)
            {
                limiter.RecordFailure(client);
                return Results.NotFound();
            }

            return Results.Text(CalendarFeed.Build(plan, clock.GetUtcNow()), CalendarFeed.ContentType);
        }).AllowAnonymous();
}
