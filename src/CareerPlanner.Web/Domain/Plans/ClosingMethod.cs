using System.ComponentModel.DataAnnotations;

namespace CareerPlanner.Web.Domain.Plans;

/// <summary>What would close a gap.</summary>
public enum ClosingMethod
{
    [Display(Name = "Training")] Training = 1,
    [Display(Name = "Certification")] Certification = 2,
    [Display(Name = "Continuing education")] ContinuingEducation = 3,
    [Display(Name = "Practice / new skill")] Practice = 4,
    [Display(Name = "New tool")] NewTool = 5,
    [Display(Name = "Experience")] Experience = 6,
}
