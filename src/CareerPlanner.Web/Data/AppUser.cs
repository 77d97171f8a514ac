using Microsoft.AspNetCore.Identity;

namespace CareerPlanner.Web.Data;

public sealed class AppUser : IdentityUser
{
    public DateTime CreatedAt { get; set; }
}
