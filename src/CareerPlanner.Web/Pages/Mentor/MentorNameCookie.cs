namespace CareerPlanner.Web.Pages.Mentor;

/// <summary>The cookie in which a mentor's browser remembers the name they comment under, per link.</summary>
public static class MentorNameCookie
{
    public const string Name = "CareerPlanner.MentorName";
}
