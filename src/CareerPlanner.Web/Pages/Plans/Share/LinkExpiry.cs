using System.ComponentModel.DataAnnotations;

namespace CareerPlanner.Web.Pages.Plans.Share;

public enum LinkExpiry
{
    [Display(Name = "In 7 days")] Days7 = 7,
    [Display(Name = "In 30 days")] Days30 = 30,
    [Display(Name = "In 90 days")] Days90 = 90,
    [Display(Name = "In one year")] Year = 365,
    [Display(Name = "Never (not recommended)")] Never = 0,
}
