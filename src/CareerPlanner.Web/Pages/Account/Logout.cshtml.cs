using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerPlanner.Web.Pages.Account;

public sealed class LogoutModel(SignInManager<AppUser> signInManager, UserManager<AppUser> userManager, AuditLog audit) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Plans/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        if (await userManager.GetUserAsync(User) is { } user)
        {
            // A new security stamp makes any copy of the old cookie worthless at its next check.
            await userManager.UpdateSecurityStampAsync(user);
            audit.Record(AuditEvent.SignedOut, user.Id);
        }

        await signInManager.SignOutAsync();
        return RedirectToPage("/Index", new { signedOut = true });
    }
}
