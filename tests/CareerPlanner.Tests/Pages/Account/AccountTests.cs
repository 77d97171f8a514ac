using System.Net;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;

namespace CareerPlanner.Tests.Pages.Account;

/// <summary>Registration, sign-in, lock-out and password changes through their forms; which pages ask a visitor to sign in.</summary>
public sealed class AccountTests : IDisposable
{
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task RegisterCreatePlanLogOutAndBackIn_PlanIsStillListed()
    {
        using var client = _app.NewClient();
        await client.RegisterAsync("amara@example.com");

        var empty = await client.GetAsync(MyPlansPage.Url);
        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.Contains("You have no plans yet", empty.Text);

        await client.CreatePlanAsync("Support engineer → product manager");
        var listed = await client.GetAsync(MyPlansPage.Url);
        Assert.Equal(["Support engineer → product manager"], MyPlansPage.Titles(listed));

        await client.LogoutAsync();
        var afterLogout = await client.GetAsync(MyPlansPage.Url);
        Assert.Equal(HttpStatusCode.Redirect, afterLogout.Status);
        Assert.StartsWith("http://localhost/account/login", afterLogout.Location);

        var login = await client.LoginAsync("amara@example.com");
        Assert.Equal(HttpStatusCode.Redirect, login.Status);
        Assert.Equal("/plans", login.Location);
        var again = await client.GetAsync(MyPlansPage.Url);
        Assert.Equal(["Support engineer → product manager"], MyPlansPage.Titles(again));
        Assert.Contains("1 of 5 · Self-assessment", again.Text);
    }

    [Fact]
    public async Task Login_ReturnsToThePageThatAskedForIt_ButNeverToAnotherSite()
    {
        using var client = _app.NewClient();
        await client.RegisterAsync("return@example.com");
        await client.LogoutAsync();

        var local = await client.FillAsync(LoginPage.Url + "?ReturnUrl=%2Fplans%2Fnew", new Dictionary<string, string>
        {
            [LoginPage.Email] = "return@example.com",
            [LoginPage.Password] = UserStories.Password,
        });
        Assert.Equal("/plans/new", local.Location);

        await client.LogoutAsync();
        var foreign = await client.FillAsync(LoginPage.Url + "?ReturnUrl=https%3A%2F%2Fevil.example%2F", new Dictionary<string, string>
        {
            [LoginPage.Email] = "return@example.com",
            [LoginPage.Password] = UserStories.Password,
        });
        Assert.Equal("/plans", foreign.Location);
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_EvenTheRightPasswordIsRefused()
    {
        using var client = _app.NewClient();
        await client.RegisterAsync("locked@example.com");
        await client.LogoutAsync();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var wrong = await client.LoginAsync("locked@example.com", "not the right password");
            Assert.Equal(HttpStatusCode.OK, wrong.Status);
            Assert.Contains(LoginModel.FailureMessage, wrong.SummaryErrors);
        }

        var right = await client.LoginAsync("locked@example.com");
        Assert.Equal(HttpStatusCode.OK, right.Status);
        Assert.Contains(LoginModel.FailureMessage, right.SummaryErrors);
        Assert.Equal("locked@example.com", right.Value(LoginPage.Email));

        var lockoutEnd = await _app.QueryAsync(db => Task.FromResult(db.Users.Single(u => u.Email == "locked@example.com").LockoutEnd));
        Assert.NotNull(lockoutEnd);
        Assert.InRange(lockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15.1));
    }

    [Fact]
    public async Task Login_GivesTheSameAnswerForAnUnknownEmailAsForAWrongPassword()
    {
        using var client = _app.NewClient();
        await client.RegisterAsync("known@example.com");
        await client.LogoutAsync();

        var unknown = await client.LoginAsync("nobody@example.com", "whatever password");
        var wrong = await client.LoginAsync("known@example.com", "whatever password");

        Assert.Equal(unknown.Status, wrong.Status);
        Assert.Equal(unknown.SummaryErrors, wrong.SummaryErrors);
        Assert.Equal(unknown.Document.QuerySelector("main")!.TextContent.Replace("nobody", "known", StringComparison.Ordinal),
            wrong.Document.QuerySelector("main")!.TextContent);
    }

    [Theory]
    [InlineData("", "correct horse battery", "correct horse battery", RegisterPage.Email, "Enter your email address.")]
    [InlineData("not-an-email", "correct horse battery", "correct horse battery", RegisterPage.Email, "Enter a valid email address, like name@example.com.")]
    [InlineData("short@example.com", "tooshort", "tooshort", RegisterPage.Password, "Use 10 to 128 characters. A few unrelated words make a strong password.")]
    [InlineData("mismatch@example.com", "correct horse battery", "correct horse battery!", RegisterPage.ConfirmPassword, "The two passwords do not match.")]
    public async Task Register_WithBadInput_ShowsTheMessageNextToTheField_AndKeepsTheEmail(string email, string password, string confirm, string field, string message)
    {
        using var client = _app.NewClient();
        var page = await client.FillAsync(RegisterPage.Url, new Dictionary<string, string>
        {
            [RegisterPage.Email] = email,
            [RegisterPage.Password] = password,
            [RegisterPage.ConfirmPassword] = confirm,
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(message, page.FieldError(field));
        Assert.Contains(message, page.SummaryErrors);
        Assert.Equal(email, page.Value(RegisterPage.Email));
        Assert.Equal("true", page.Document.QuerySelector($"[name='{field}']")!.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task Register_APasswordOver128Characters_IsRefused()
    {
        using var client = _app.NewClient();
        var longPassword = new string('a', 129);
        var page = await client.FillAsync(RegisterPage.Url, new Dictionary<string, string>
        {
            [RegisterPage.Email] = "long@example.com",
            [RegisterPage.Password] = longPassword,
            [RegisterPage.ConfirmPassword] = longPassword,
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.FieldError(RegisterPage.Password));
    }

    [Fact]
    public async Task Register_TheSameEmailTwice_SaysTheAccountExists()
    {
        using var first = await _app.RegisteredClientAsync("twice@example.com");
        using var client = _app.NewClient();
        var page = await client.FillAsync(RegisterPage.Url, new Dictionary<string, string>
        {
            [RegisterPage.Email] = "twice@example.com",
            [RegisterPage.Password] = UserStories.Password,
            [RegisterPage.ConfirmPassword] = UserStories.Password,
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("An account with this email already exists. Log in instead.", page.FieldError(RegisterPage.Email));
    }

    [Fact]
    public async Task Register_AcceptsALongPassphraseWithoutDigitsOrSymbols()
    {
        using var client = _app.NewClient();
        await client.RegisterAsync("passphrase@example.com", "just ten c");
    }

    [Fact]
    public async Task Login_WithEmptyFields_ShowsMessages()
    {
        using var client = _app.NewClient();
        var page = await client.FillAsync(LoginPage.Url, new Dictionary<string, string> { [LoginPage.Email] = "", [LoginPage.Password] = "" });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Enter your email address.", page.FieldError(LoginPage.Email));
        Assert.Equal("Enter your password.", page.FieldError(LoginPage.Password));
    }

    [Fact]
    public async Task ChangePassword_NewPasswordWorks_OldOneNoLonger()
    {
        using var client = await _app.RegisteredClientAsync("change@example.com");
        const string newPassword = "a brand new passphrase";

        var wrongCurrent = await client.FillAsync(ChangePasswordPage.Url, new Dictionary<string, string>
        {
            [ChangePasswordPage.CurrentPassword] = "not my password at all",
            [ChangePasswordPage.NewPassword] = newPassword,
            [ChangePasswordPage.ConfirmPassword] = newPassword,
        });
        Assert.Equal("Your current password is not right.", wrongCurrent.FieldError(ChangePasswordPage.CurrentPassword));

        var changed = await client.FillAsync(ChangePasswordPage.Url, new Dictionary<string, string>
        {
            [ChangePasswordPage.CurrentPassword] = UserStories.Password,
            [ChangePasswordPage.NewPassword] = newPassword,
            [ChangePasswordPage.ConfirmPassword] = newPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.Status);
        var confirmation = await client.FollowAsync(changed);
        Assert.StartsWith("Your password has been changed.", confirmation.StatusMessage);

        await client.LogoutAsync();
        Assert.Contains(LoginModel.FailureMessage, (await client.LoginAsync("change@example.com")).SummaryErrors);
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync("change@example.com", newPassword)).Status);
    }

    [Fact]
    public async Task Pages_AskAnonymousVisitorsToLogIn_ButHomeAndAccountPagesAreOpen()
    {
        using var client = _app.NewClient();
        foreach (var url in new[] { "/plans", "/plans/new", "/plans/1", "/plans/1/rename", "/plans/1/delete", "/account/change-password" })
        {
            var page = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, page.Status);
            Assert.Contains("/account/login", page.Location);
        }

        foreach (var url in new[] { "/", "/account/login", "/account/register" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).Status);
        }
    }
}
