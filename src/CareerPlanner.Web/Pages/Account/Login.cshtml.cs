using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerPlanner.Web.Pages.Account;

[AllowAnonymous]
public sealed class LoginModel(
    UserManager<AppUser> userManager,
    SignInManager<AppUser> signInManager,
    IPasswordHasher<AppUser> hasher,
    AuditLog audit) : PageModel
{
    /// <summary>One message for a wrong email, a wrong password and a locked account, so none of them tells whether an email is registered.</summary>
    public const string FailureMessage =
        "That email and password do not match an account. After 5 failed attempts in a row, signing in is paused for 15 minutes.";

    // Hashing a throw-away password for unknown emails keeps their answer as slow as a real check.
    private static readonly string UnknownUserHash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString());

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => signInManager.IsSignedIn(User) ? LocalRedirect(SafeReturnUrl()) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await userManager.FindByEmailAsync(Input.Email.Trim());
        if (user is null)
        {
            hasher.VerifyHashedPassword(new AppUser(), UnknownUserHash, Input.Password);
            audit.Record(AuditEvent.SignInFailed, email: Input.Email);
            return Failed();
        }

        var result = await signInManager.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            audit.Record(AuditEvent.SignedIn, user.Id);
            return LocalRedirect(SafeReturnUrl());
        }

        audit.Record(result.IsLockedOut ? AuditEvent.LockedOut : AuditEvent.SignInFailed, user.Id, email: Input.Email);

        return Failed();
    }

    private PageResult Failed()
    {
        ModelState.AddModelError("", FailureMessage);
        return Page();
    }

    private string SafeReturnUrl() =>
        ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : PlanRoutes.MyPlans;

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address, like name@example.com.")]
        [StringLength(254, ErrorMessage = "An email address has at most 254 characters.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        [StringLength(128, ErrorMessage = "A password has at most 128 characters.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";

        [Display(Name = "Keep me signed in on this device")]
        public bool RememberMe { get; set; }
    }
}
