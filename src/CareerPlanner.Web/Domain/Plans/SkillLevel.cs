using System.ComponentModel.DataAnnotations;

namespace CareerPlanner.Web.Domain.Plans;

/// <summary>A self-rated or required level on the Dreyfus scale.</summary>
public enum SkillLevel
{
    [Display(Name = "Novice")] Novice = 1,
    [Display(Name = "Advanced beginner")] AdvancedBeginner = 2,
    [Display(Name = "Competent")] Competent = 3,
    [Display(Name = "Proficient")] Proficient = 4,
    [Display(Name = "Expert")] Expert = 5,
}
