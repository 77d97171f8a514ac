using System.ComponentModel.DataAnnotations;

namespace CareerPlanner.Web.Domain.Plans;

public enum Priority
{
    [Display(Name = "Low")] Low = 1,
    [Display(Name = "Medium")] Medium = 2,
    [Display(Name = "High")] High = 3,
}
