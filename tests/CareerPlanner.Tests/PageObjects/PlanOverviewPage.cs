using System.Globalization;
using System.Text.RegularExpressions;
using CareerPlanner.Tests.Infrastructure;

namespace CareerPlanner.Tests.PageObjects;

/// <summary>The plan's overview, <c>/plans/{id}</c>: the whole plan as a document, with the mentors' comments and ratings.</summary>
public static partial class PlanOverviewPage
{
    public const string Comment = ".comment";
    public const string CommentMeta = ".comment-meta";
    public const string CommentBody = ".comment-body";
    public const string ResolveForm = "form[action*='handler=Resolve']";
    public const string Ratings = "#ratings";
    public const string RatingRows = "#ratings tbody tr";

    public static string Url(int planId) => $"/plans/{planId}";

    /// <summary>The section of a step, numbered 1 to 5.</summary>
    public static string Section(int step) => $"section[aria-labelledby=s{step}]";

    /// <summary>The mentor comments on a step, e.g. <c>gapanalysis</c>.</summary>
    public static string FeedbackOn(string step) => $"#feedback-{step}";

    /// <summary>How many reviews the progress section counts.</summary>
    public static int ReviewCount(HtmlPage overview)
    {
        var match = ReviewCountText().Match(overview.Text);
        Assert.True(match.Success, "no review count on the overview");
        return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(\d+) reviews?; the latest on")]
    private static partial Regex ReviewCountText();
}
