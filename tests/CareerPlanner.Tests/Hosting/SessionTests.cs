using System.Net;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerPlanner.Tests.Hosting;

/// <summary>How long a sign-in lasts, and what ends it.</summary>
public sealed class SessionTests : IDisposable
{
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private static bool SignedIn(HtmlPage page) => page.Status == HttpStatusCode.OK;

    [Fact]
    public async Task TheAuthCookie_IsHttpOnlyAndSameSite_AndSecureOverHttps()
    {
        using var client = _app.NewClient();
        await client.RegisterAsync("cookie@example.com");
        await client.LogoutAsync();
        var login = await client.LoginAsync("cookie@example.com");
        var cookie = login.Response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("CareerPlanner.Auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie.Replace("samesite", "", StringComparison.OrdinalIgnoreCase), StringComparison.OrdinalIgnoreCase);

        using var https = new HtmlClient(_app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://careerplanner.example"), AllowAutoRedirect = false }));
        var secureLogin = await https.LoginAsync("cookie@example.com");
        var secureCookie = secureLogin.Response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("CareerPlanner.Auth=", StringComparison.Ordinal));
        Assert.Contains("; secure", secureCookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Hsts_IsSentOverHttps_ForAtLeastAYear()
    {
        using var https = new HtmlClient(_app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://careerplanner.example"), AllowAutoRedirect = false }));
        var page = await https.GetAsync("/");
        var hsts = page.Response.Headers.GetValues("Strict-Transport-Security").Single();
        Assert.Matches("max-age=(\\d+)", hsts);
        Assert.True(long.Parse(System.Text.RegularExpressions.Regex.Match(hsts, "max-age=(\\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 31_536_000);

        using var http = _app.NewClient();
        Assert.False((await http.GetAsync("/")).Response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task ASessionEnds_After14IdleDays_ButVisitsKeepItAlive()
    {
        using var regular = await _app.RegisteredClientAsync("regular@example.com");
        using var idle = _app.NewClient();
        await idle.LoginAsync("regular@example.com");

        for (var day = 0; day < 3; day++)
        {
            _app.Clock.Advance(TimeSpan.FromDays(8));
            Assert.True(SignedIn(await regular.GetAsync("/plans")), $"visits every 8 days keep the session (visit {day + 1})");
        }

        Assert.False(SignedIn(await idle.GetAsync("/plans")));
        Assert.Equal(SessionLifetime.Idle, TimeSpan.FromDays(14));
    }

    [Fact]
    public async Task ASession_EndsAfter30Days_HoweverOftenThePersonComesBack()
    {
        using var client = await _app.RegisteredClientAsync("absolute@example.com");

        for (var day = 1; day < 30; day++)
        {
            _app.Clock.Advance(TimeSpan.FromDays(1));
            Assert.True(SignedIn(await client.GetAsync("/plans")), $"day {day}");
        }

        _app.Clock.Advance(TimeSpan.FromDays(1));
        var refused = await client.GetAsync("/plans");
        Assert.Equal(HttpStatusCode.Redirect, refused.Status);
        Assert.Contains("/account/login", refused.Location);
    }

    [Fact]
    public async Task APasswordChange_EndsTheOtherSessionsWithinAMinute_AndKeepsThisOne()
    {
        using var laptop = await _app.RegisteredClientAsync("two-devices@example.com");
        using var phone = _app.NewClient();
        await phone.LoginAsync("two-devices@example.com");
        Assert.True(SignedIn(await phone.GetAsync("/plans")));

        const string newPassword = "a whole new passphrase";
        await laptop.FillAsync(ChangePasswordPage.Url, new Dictionary<string, string>
        {
            [ChangePasswordPage.CurrentPassword] = UserStories.Password,
            [ChangePasswordPage.NewPassword] = newPassword,
            [ChangePasswordPage.ConfirmPassword] = newPassword,
        });
        _app.Clock.Advance(SessionLifetime.StampCheckInterval + TimeSpan.FromSeconds(1));

        Assert.False(SignedIn(await phone.GetAsync("/plans")));
        Assert.True(SignedIn(await laptop.GetAsync("/plans")));
    }

    [Fact]
    public async Task CookieCopiedBeforeLogout_IsRefusedAfterIt()
    {
        using var owner = await _app.RegisteredClientAsync("copied@example.com");
        await owner.LogoutAsync();
        var login = await owner.LoginAsync("copied@example.com");
        var copiedCookie = CopiedCookies.Of(login);

        Assert.Equal(HttpStatusCode.OK, (await _app.GetWithCookieAsync(copiedCookie)).StatusCode);

        await owner.LogoutAsync();
        _app.Clock.Advance(TimeSpan.FromMinutes(2));

        var afterLogout = await _app.GetWithCookieAsync(copiedCookie);
        Assert.Equal(HttpStatusCode.Redirect, afterLogout.StatusCode);
        Assert.Contains("/account/login", afterLogout.Headers.Location!.OriginalString);
    }
}
