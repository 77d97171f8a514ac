using System.ComponentModel.DataAnnotations;

namespace CareerPlanner.Web.Domain.Plans;

/// <summary>How far a step of the wizard has come.</summary>
public enum StepProgress
{
    [Display(Name = "Not started")] NotStarted = 0,
    [Display(Name = "In progress")] InProgress = 1,
    [Display(Name = "Done")] Done = 2,
}
