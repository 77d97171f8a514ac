using System.ComponentModel.DataAnnotations;

namespace CareerPlanner.Web.Domain.Reviews;

public enum MilestoneKind
{
    [Display(Name = "New job")] NewJob = 1,
    [Display(Name = "Performance review")] PerformanceReview = 2,
    [Display(Name = "Promotion")] Promotion = 3,
    [Display(Name = "Certification")] Certification = 4,
    [Display(Name = "New connection")] NewConnection = 5,
    [Display(Name = "Other")] Other = 6,
}
