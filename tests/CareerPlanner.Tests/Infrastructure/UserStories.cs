using System.Net;

namespace CareerPlanner.Tests.Infrastructure;

/// <summary>The steps a person takes, chained by tests into stories.</summary>
public static class UserStories
{
    public const string Password = "correct horse battery staple";

    public static async Task<HtmlClient> RegisteredClientAsync(this AppFactory app, string? email = null)
    {
        var client = app.NewClient();
        await client.RegisterAsync(email ?? $"{Guid.NewGuid():N}@example.com");
        return client;
    }

    public static async Task RegisterAsync(this HtmlClient client, string email, string password = Password)
    {
        var result = await client.FillAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        });
        Assert.True(result.Status == HttpStatusCode.Redirect, $"Registration failed: {string.Join("; ", result.SummaryErrors)}");
        Assert.Equal("/plans", result.Location);
    }

    public static Task<HtmlPage> LoginAsync(this HtmlClient client, string email, string password = Password, bool rememberMe = false) =>
        client.FillAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.RememberMe"] = rememberMe ? "true" : "false",
        });

    public static async Task LogoutAsync(this HtmlClient client)
    {
        var plans = await client.GetAsync("/plans");
        var result = await client.SubmitAsync(plans.Form("form[action='/account/logout']"));
        Assert.Equal(HttpStatusCode.Redirect, result.Status);
    }

    /// <summary>Creates a plan through the form and returns its id.</summary>
    public static async Task<int> CreatePlanAsync(this HtmlClient client, string title)
    {
        var result = await client.FillAsync("/plans/new", new Dictionary<string, string> { ["Input.Title"] = title });
        Assert.True(result.Status == HttpStatusCode.Redirect, $"Creating the plan failed: {string.Join("; ", result.SummaryErrors)}");
        var segments = result.Location!.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return int.Parse(segments[1], System.Globalization.CultureInfo.InvariantCulture);
    }
}
