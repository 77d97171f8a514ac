using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerPlanner.Web.Pages.Account;

/// <summary>Deletes the account and everything it owns: plans, reviews, share links, comments, ratings, feeds.</summary>
public sealed class DeleteModel(UserManager<AppUser> userManager, SignInManager<AppUser> signInManager, AuditLog audit) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Type your password to confirm.")]
    [StringLength(128, ErrorMessage = "A password has at most 128 characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "Your password")]
    public string Password { get; set; } = "";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!await userManager.CheckPasswordAsync(user, Password))
        {
            ModelState.AddModelError(nameof(Password), "That is not your password. Nothing was deleted.");
            return Page();
        }

        // Plans cascade to their reviews, share links, comments and ratings; the feed token lives on the plan.
        var result = await userManager.DeleteAsync(user);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", "The account could not be deleted. Nothing was changed; please try again.");
            return Page();
        }

        audit.Record(AuditEvent.AccountDeleted, user.Id);
        await signInManager.SignOutAsync();
        return RedirectToPage("/Index", new { deleted = true });
    }
}
