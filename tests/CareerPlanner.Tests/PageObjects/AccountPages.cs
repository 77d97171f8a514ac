namespace CareerPlanner.Tests.PageObjects;

/// <summary>"Create your account", <c>/account/register</c>.</summary>
public static class RegisterPage
{
    public const string Url = "/account/register";
    public const string Email = "Input.Email";
    public const string Password = "Input.Password";
    public const string ConfirmPassword = "Input.ConfirmPassword";
}

/// <summary>"Log in", <c>/account/login</c>.</summary>
public static class LoginPage
{
    public const string Url = "/account/login";
    public const string Email = "Input.Email";
    public const string Password = "Input.Password";
    public const string RememberMe = "Input.RememberMe";
}

/// <summary>"Change password", <c>/account/change-password</c>.</summary>
public static class ChangePasswordPage
{
    public const string Url = "/account/change-password";
    public const string CurrentPassword = "Input.CurrentPassword";
    public const string NewPassword = "Input.NewPassword";
    public const string ConfirmPassword = "Input.ConfirmPassword";
}

/// <summary>"Delete your account", <c>/account/delete</c>: asks for the password.</summary>
public static class DeleteAccountPage
{
    public const string Url = "/account/delete";
    public const string Form = "main form";
    public const string Password = "Password";
}

/// <summary>"Download my data", <c>/account/data</c>: the account and every plan as JSON.</summary>
public static class AccountDataPage
{
    public const string Url = "/account/data";
}
