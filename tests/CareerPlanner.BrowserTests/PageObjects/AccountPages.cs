using Microsoft.Playwright;

namespace CareerPlanner.BrowserTests.PageObjects;

/// <summary>The home page, <c>/</c>.</summary>
internal sealed class HomePage(IPage page) : AppPage(page)
{
    public const string Url = "/";

    public const string Welcome = "Plan the next steps of your career";

    public ILocator CreateAccountLink => Link("Create account", exact: true);
}

/// <summary>"Create your account", <c>/account/register</c>.</summary>
internal sealed class RegisterPage(IPage page) : AppPage(page)
{
    public const string Url = "/account/register";

    public ILocator Title => HeadingNamed("Create your account");

    public ILocator Email => Page.GetByLabel("Email");

    public ILocator Password => Page.GetByLabel("Password", new() { Exact = true });

    public ILocator ConfirmPassword => Page.GetByLabel("Confirm password");

    public ILocator CreateAccountButton => Button("Create account");

    /// <summary>Fills the form and presses "Create account".</summary>
    public async Task RegisterAsync(string email, string password, string? confirm = null)
    {
        await Email.FillAsync(email);
        await Password.FillAsync(password);
        await ConfirmPassword.FillAsync(confirm ?? password);
        await CreateAccountButton.ClickAsync();
    }
}
