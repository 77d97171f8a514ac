namespace CareerPlanner.Web.Pages.Mentor;

/// <summary>The cookie in which a mentor's browser remembers the name they comment under, per link.</summary>
public static class MentorNameCookie
{
    public const string Name = "CareerPlanner.MentorName";

    /// <summary>The remembered name, if any and not too long to be one.</summary>
    public static string? Read(HttpRequest request) =>
        request.Cookies[Name] is { Length: > 0 and <= MentorComment.AuthorMaxLength } remembered ? remembered : null;

    /// <summary>Remembers the name for this link only (the cookie's path is the link's page).</summary>
    public static void Remember(HttpResponse response, string token, string name) =>
        response.Cookies.Append(Name, name, new CookieOptions
        {
            Path = PlanRoutes.Mentor(token),
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = response.HttpContext.Request.IsHttps,
            MaxAge = TimeSpan.FromDays(365),
            IsEssential = true,
        });
}
