using System.Globalization;
using System.Net;
using CareerPlanner.Tests.Infrastructure;

namespace CareerPlanner.Tests.PageObjects;

/// <summary>"My plans", <c>/plans</c>: a card per plan, the example-plan button, the sign-out form in the header.</summary>
public static class MyPlansPage
{
    public const string Url = "/plans";

    public const string ExampleTitle = "Support engineer → product manager (example)";

    /// <summary>The button on an empty dashboard that creates the example plan.</summary>
    public const string ExampleForm = "form[action*='handler=Demo']";

    public const string LogoutForm = "form[action='/account/logout']";

    public const string CardTitles = ".plan-card h2";
    public const string CardDetails = ".plan-card dl";

    /// <summary>A card's button that resumes the plan where it was left.</summary>
    public const string ResumeLink = ".plan-card a.button";
    public const string NewComments = ".plan-card .tag-new";

    public static IReadOnlyList<string> Titles(HtmlPage page) => [.. page.Document.QuerySelectorAll(CardTitles).Select(h => h.TextContent.Trim())];

    /// <summary>Creates the example plan (something in every step, two reviews, a milestone) and returns its id.</summary>
    public static async Task<int> CreateExamplePlanAsync(HtmlClient client)
    {
        var created = await client.SubmitAsync((await client.GetAsync(Url)).Form(ExampleForm));
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        var plans = await client.FollowAsync(created);
        return plans.Document.QuerySelectorAll(".plan-card h2 a")
            .Where(a => a.TextContent.Trim() == ExampleTitle)
            .Select(a => int.Parse(a.GetAttribute("href")!.Split('/')[2], CultureInfo.InvariantCulture))
            .Max();
    }
}
