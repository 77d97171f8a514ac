using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerPlanner.Web.Pages;

[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool SignedOut { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Deleted { get; set; }

    public bool IsSignedIn => User.Identity?.IsAuthenticated == true;
}
