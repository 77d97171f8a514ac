namespace CareerPlanner.Web.Pages.Plans.Calendar;

/// <summary><c>GET /calendar/{token}.ics</c>: a plan's iCalendar feed, reached by its capability URL only.</summary>
public static class CalendarFeedEndpoint
{
    public static void MapCalendarFeed(this IEndpointRouteBuilder app) =>
        app.MapGet(PlanRoutes.CalendarFeedTemplate, async (string token, HttpContext context, AppDbContext db, TimeProvider clock, MentorAccess access) =>
        {
            var found = await access.FindCalendarAsync(context, db, token);
            return found.Value is { } plan
                ? Results.Text(CalendarFeed.Build(plan, clock.GetUtcNow()), CalendarFeed.ContentType)
                : Results.StatusCode(found.Refuse(context.Response));
        }).AllowAnonymous();
}
