using System.ComponentModel.DataAnnotations;

namespace CareerPlanner.Web.Pages.Plans.Steps.ProgressReview;

/// <summary>One action's line in a check-in.</summary>
public sealed class ProgressRow
{
    public Guid ActionId { get; set; }

    /// <summary>The action's status when the page was made: tells the person's change from one made elsewhere.</summary>
    public ActionStatus? WasStatus { get; set; }

    public int? WasPercentDone { get; set; }

    [Display(Name = "Status")]
    public ActionStatus? Status { get; set; }

    [Display(Name = "% done")]
    public int? PercentDone { get; set; }
}
