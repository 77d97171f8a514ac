using System.ComponentModel.DataAnnotations;

namespace CareerPlanner.Web.Domain.Plans;

public enum ActionKind
{
    [Display(Name = "Training")] Training = 1,
    [Display(Name = "Course")] Course = 2,
    [Display(Name = "Certification")] Certification = 3,
    [Display(Name = "Conference or event")] ConferenceOrEvent = 4,
    [Display(Name = "Listen to experts")] ListenToExperts = 5,
    [Display(Name = "Mentoring")] Mentoring = 6,
    [Display(Name = "On-the-job / stretch project")] OnTheJob = 7,
    [Display(Name = "Other")] Other = 8,
}
