using System.ComponentModel.DataAnnotations;

namespace CareerPlanner.Web.Domain.Plans;

public enum Intention
{
    [Display(Name = "Grow in my current job")] GrowInCurrentJob = 1,
    [Display(Name = "Find another job")] FindAnotherJob = 2,
    [Display(Name = "Change careers")] ChangeCareers = 3,
}
