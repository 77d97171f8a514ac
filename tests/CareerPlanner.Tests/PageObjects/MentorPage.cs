using CareerPlanner.Tests.Infrastructure;

namespace CareerPlanner.Tests.PageObjects;

/// <summary>The mentor's page, <c>/m/{token}</c>: the plan to read, a comment form per step, the ratings of the gaps.</summary>
public static class MentorPage
{
    /// <summary>Any step's comment form (the first is the self-assessment's).</summary>
    public const string CommentForm = "form[action*='handler=Comment']";
    public const string RatingsForm = "form[action*='handler=Ratings']";

    public const string AuthorName = "Comment.AuthorName";
    public const string Body = "Comment.Body";
    public const string Step = "Comment.Step";

    public static string Url(string token) => $"/m/{token}";

    /// <summary>The comment form of one step, e.g. <c>gapanalysis</c>, <c>goals</c>.</summary>
    public static string CommentFormOn(string step) => $"{CommentForm}[action$='#feedback-{step}']";

    /// <summary>The mentor's rating of the n-th requirement.</summary>
    public static string Rating(int row) => $"Ratings[{row}].Level";

    /// <summary>The name the comment form of a step is filled with (remembered from the last comment).</summary>
    public static string? AuthorNameOn(HtmlPage page, string step) => page.Document.QuerySelector($"#comment-name-{step}")!.GetAttribute("value");

    public static string? SelectedRating(HtmlPage page, int row) => page.Document.QuerySelector($"#rating-{row} option[selected]")!.GetAttribute("value");

    public static string BodyError(HtmlPage page, string step) => page.Document.QuerySelector($"#comment-body-{step}-error")!.TextContent;
}
