namespace CareerPlanner.Web.Pages.Mentor;

/// <summary>A mentor's rating of one requirement, as posted (no level: not rated).</summary>
public sealed class MentorRatingRow
{
    public Guid RequirementId { get; set; }
    public int? Level { get; set; }
}
