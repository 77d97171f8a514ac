using System.ComponentModel.DataAnnotations;

namespace CareerPlanner.Web.Pages.Plans;

/// <summary>The form of the create and rename pages.</summary>
public sealed class TitleInput
{
    [Required(ErrorMessage = "Give the plan a title.")]
    [StringLength(Limits.Title, ErrorMessage = "A title has at most {1} characters.")]
    [Display(Name = "Title")]
    public string Title { get; set; } = "";

    public int Version { get; set; }
}
