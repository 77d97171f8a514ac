namespace CareerPlanner.Web.Hosting;

/// <summary>
/// Routing answers a method that no endpoint of the path takes (a PUT to the calendar feed) with an
/// endpoint of its own that carries no <c>[AllowAnonymous]</c>, so the sign-in fallback policy would
/// send a visitor to log in instead of saying 405. It is answered here, before authorization.
/// </summary>
public static class MethodNotAllowed
{
    /// <summary>The display name ASP.NET Core routing gives its 405 endpoint.</summary>
    private const string RoutingRejection = "405 HTTP Method Not Supported";

    public static IApplicationBuilder UseMethodNotAllowedWithoutSignIn(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint() is { DisplayName: RoutingRejection, RequestDelegate: { } reject })
        {
            await reject(context);
            return;
        }

        await next(context);
    });
}
