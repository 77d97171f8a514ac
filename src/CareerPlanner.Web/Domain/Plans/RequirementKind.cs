using System.ComponentModel.DataAnnotations;

namespace CareerPlanner.Web.Domain.Plans;

public enum RequirementKind
{
    [Display(Name = "Skill")] Skill = 1,
    [Display(Name = "Certification")] Certification = 2,
    [Display(Name = "Education")] Education = 3,
    [Display(Name = "Experience")] Experience = 4,
    [Display(Name = "Tool")] Tool = 5,
}
