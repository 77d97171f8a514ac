using System.ComponentModel.DataAnnotations;

namespace CareerPlanner.Web.Domain.Plans;

public enum GoalHorizon
{
    [Display(Name = "1 year")] OneYear = 1,
    [Display(Name = "3 years")] ThreeYears = 3,
    [Display(Name = "5 years")] FiveYears = 5,
    [Display(Name = "Long-term")] LongTerm = 10,
}
