namespace CareerPlanner.Web.Pages.Mentor;

/// <summary>The answer of <see cref="MentorAccess"/> for one token: what it opens, or why not.</summary>
/// <typeparam name="T">What an active token opens (a share link, a plan for its calendar feed).</typeparam>
public sealed record TokenAccess<T>(TokenAccessOutcome Outcome, T? Value, TimeSpan RetryAfter)
    where T : class
{
    /// <summary>The status code of a refusal, with <c>Retry-After</c> set on the response when the client must wait.</summary>
    public int Refuse(HttpResponse response)
    {
        if (Outcome != TokenAccessOutcome.TooMany)
        {
            return StatusCodes.Status404NotFound;
        }

        response.Headers.RetryAfter = Math.Ceiling(RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return StatusCodes.Status429TooManyRequests;
    }
}
