using System.ComponentModel.DataAnnotations;

namespace CareerPlanner.Web.Domain.Reviews;

/// <summary>How often the planner means to review the plan.</summary>
public enum ReviewCadence
{
    [Display(Name = "No fixed rhythm")] None = 0,
    [Display(Name = "Every month")] Monthly = 1,
    [Display(Name = "Every quarter")] Quarterly = 3,
    [Display(Name = "Every 6 months")] HalfYearly = 6,
}
