using System.ComponentModel.DataAnnotations;

namespace CareerPlanner.Web.Domain.Plans;

/// <summary>The five steps of the wizard, in order.</summary>
public enum PlanStep
{
    [Display(Name = "Self-assessment")] SelfAssessment = 1,
    [Display(Name = "Goals")] Goals = 2,
    [Display(Name = "Gap analysis")] GapAnalysis = 3,
    [Display(Name = "Action plan")] ActionPlan = 4,
    [Display(Name = "Progress review")] ProgressReview = 5,
}
