using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerPlanner.Web.Pages.Account;

[AllowAnonymous]
public sealed class RegisterModel(UserManager<AppUser> userManager, SignInManager<AppUser> signInManager, TimeProvider clock, AuditLog audit) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IActionResult OnGet() => signInManager.IsSignedIn(User) ? RedirectToPage("/Plans/Index") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Input.Email.Trim();
        var user = new AppUser { UserName = email, Email = email, CreatedAt = clock.GetUtcNow().UtcDateTime };
        var result = await userManager.CreateAsync(user, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(FieldOf(error), MessageOf(error));
            }

            return Page();
        }

        audit.Record(AuditEvent.AccountCreated, user.Id);
        await signInManager.SignInAsync(user, isPersistent: false);
        return RedirectToPage("/Plans/Index");
    }

    private static string FieldOf(IdentityError error) => error.Code switch
    {
        _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => "Input.Password",
        "DuplicateUserName" or "DuplicateEmail" or "InvalidEmail" or "InvalidUserName" => "Input.Email",
        _ => "",
    };

    private static string MessageOf(IdentityError error) => error.Code switch
    {
        "DuplicateUserName" or "DuplicateEmail" => "An account with this email already exists. Log in instead.",
        "InvalidEmail" or "InvalidUserName" => "Enter a valid email address.",
        _ => error.Description,
    };

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address, like name@example.com.")]
        [StringLength(254, ErrorMessage = "An email address has at most 254 characters.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Choose a password.")]
        [StringLength(128, MinimumLength = 10, ErrorMessage = "Use 10 to 128 characters. A few unrelated words make a strong password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Type the password again.")]
        [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
        [DataType(DataType.Password)]
        [Display(Name = "Confirm password")]
        public string ConfirmPassword { get; set; } = "";
    }
}
