using System.ComponentModel.DataAnnotations;

namespace CareerPlanner.Web.Domain.Plans;

public enum ActionStatus
{
    [Display(Name = "Not started")] NotStarted = 1,
    [Display(Name = "In progress")] InProgress = 2,
    [Display(Name = "Done")] Done = 3,
    [Display(Name = "Dropped")] Dropped = 4,
}
