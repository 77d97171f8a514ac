using System.Net;
using CareerPlanner.Tests.PageObjects;

namespace CareerPlanner.Tests.Infrastructure;

/// <summary>The steps a person takes, chained by tests into stories.</summary>
public static class UserStories
{
    public const string Password = "correct horse battery staple";

    private static readonly DateOnly Today = DateOnly.FromDateTime(AppFactory.Today.UtcDateTime);

    public static async Task<HtmlClient> RegisteredClientAsync(this AppFactory app, string? email = null)
    {
        var client = app.NewClient();
        await client.RegisterAsync(email ?? $"{Guid.NewGuid():N}@example.com");
        return client;
    }

    public static async Task RegisterAsync(this HtmlClient client, string email, string password = Password)
    {
        var result = await client.FillAsync(RegisterPage.Url, new Dictionary<string, string>
        {
            [RegisterPage.Email] = email,
            [RegisterPage.Password] = password,
            [RegisterPage.ConfirmPassword] = password,
        });
        Assert.True(result.Status == HttpStatusCode.Redirect, $"Registration failed: {string.Join("; ", result.SummaryErrors)}");
        Assert.Equal("/plans", result.Location);
    }

    public static Task<HtmlPage> LoginAsync(this HtmlClient client, string email, string password = Password, bool rememberMe = false) =>
        client.FillAsync(LoginPage.Url, new Dictionary<string, string>
        {
            [LoginPage.Email] = email,
            [LoginPage.Password] = password,
            [LoginPage.RememberMe] = rememberMe ? "true" : "false",
        });

    public static async Task LogoutAsync(this HtmlClient client)
    {
        var plans = await client.GetAsync(MyPlansPage.Url);
        var result = await client.SubmitAsync(plans.Form(MyPlansPage.LogoutForm));
        Assert.Equal(HttpStatusCode.Redirect, result.Status);
    }

    /// <summary>Creates a plan through the form and returns its id.</summary>
    public static async Task<int> CreatePlanAsync(this HtmlClient client, string title)
    {
        var result = await client.FillAsync(NewPlanPage.Url, new Dictionary<string, string> { [NewPlanPage.Title] = title });
        Assert.True(result.Status == HttpStatusCode.Redirect, $"Creating the plan failed: {string.Join("; ", result.SummaryErrors)}");
        var segments = result.Location!.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return int.Parse(segments[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Creates the example plan from "My plans" (every step filled, two reviews, a milestone) and returns its id.</summary>
    public static Task<int> CreateExamplePlanAsync(this HtmlClient client) => MyPlansPage.CreateExamplePlanAsync(client);

    /// <summary>A new person with the example plan.</summary>
    public static async Task<(HtmlClient Owner, int PlanId)> OwnerWithExamplePlanAsync(this AppFactory app, string? email = null)
    {
        var owner = await app.RegisteredClientAsync(email);
        return (owner, await owner.CreateExamplePlanAsync());
    }

    /// <summary>Shares the plan with a mentor through the share page; returns the link's address, <c>/m/{token}</c>.</summary>
    public static async Task<string> ShareAsync(this HtmlClient owner, int planId, string label = "Dana (Group PM)", string expiry = "Days30") =>
        (await SharePage.CreateLinkAsync(owner, planId, label, expiry)).Link;

    /// <summary>The example plan, shared with "Dana (Group PM)", who commented on the gap analysis and rated the first gap.</summary>
    public static async Task<(HtmlClient Owner, int PlanId)> OwnerWithExamplePlanAndMentorFeedbackAsync(this AppFactory app, string? email = null)
    {
        var (owner, id) = await app.OwnerWithExamplePlanAsync(email);
        var link = await owner.ShareAsync(id);
        using var mentor = app.NewClient();
        var view = await mentor.GetAsync(link);
        await mentor.SubmitAsync(view.Form(MentorPage.CommentFormOn("gapanalysis")), new Dictionary<string, string> { [MentorPage.AuthorName] = "Dana", [MentorPage.Body] = "Prioritisation is the real gap." });
        await mentor.SubmitAsync(view.Form(MentorPage.RatingsForm), new Dictionary<string, string> { [MentorPage.Rating(0)] = "2" });
        return (owner, id);
    }

    /// <summary>
    /// A new plan with a self-assessed skill ("Stakeholder management", 2) and one requirement of that name
    /// (level 4): enough for a mentor to read, comment on and rate.
    /// </summary>
    public static async Task<(HtmlClient Owner, int PlanId)> OwnerWithPlanToReviewAsync(this AppFactory app, string title = "Support → PM")
    {
        var owner = await app.RegisteredClientAsync();
        var id = await owner.CreatePlanAsync(title);
        await new SelfAssessmentPage(owner, id).SaveAsync(new FormValues
        {
            { SelfAssessmentPage.Strengths, $"Strengths of {title}" },
            SelfAssessmentPage.Skill(0, name: "Stakeholder management", level: "2"),
        });
        await new GapAnalysisPage(owner, id).SaveAsync(new FormValues
        {
            { GapAnalysisPage.TargetRoleTitle, "PM" },
            GapAnalysisPage.Requirement(0, kind: "Skill", name: "Stakeholder management", requiredLevel: "4", closedBy: "Experience", priority: "Medium"),
        });
        return (owner, id);
    }

    /// <summary>A new plan with a three-year goal ("Product Manager") and a high-priority gap ("Roadmapping", 1 of 4): ready for actions.</summary>
    public static async Task<(HtmlClient Owner, int PlanId)> OwnerWithGoalAndGapAsync(this AppFactory app)
    {
        var client = await app.RegisteredClientAsync();
        var id = await client.CreatePlanAsync("Actions");
        await new GoalsPage(client, id).SaveAsync(GoalsPage.Goal(0, horizon: "ThreeYears", title: "Product Manager", targetDate: ActionPlanPage.Iso(Today.AddYears(3))));
        await new GapAnalysisPage(client, id).SaveAsync(new FormValues
        {
            { GapAnalysisPage.TargetRoleTitle, "PM" },
            GapAnalysisPage.Requirement(0, kind: "Skill", name: "Roadmapping", requiredLevel: "4", currentLevel: "1", closedBy: "Training", priority: "High"),
        });
        return (client, id);
    }

    /// <summary>Saves the well-formed action of <see cref="ActionPlanPage.GoodAction"/> as the plan's first.</summary>
    public static async Task AddGoodActionAsync(this HtmlClient client, int planId)
    {
        var page = await new ActionPlanPage(client, planId).OpenAsync();
        await client.SubmitAsync(page.Form(), ActionPlanPage.GoodAction(page, 0), button: StepPage.Save);
    }

    /// <summary>Downloads a file and checks it was served.</summary>
    public static async Task<string> DownloadAsync(this HtmlClient client, string url)
    {
        using var response = await client.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
