namespace CareerPlanner.Web.Pages.Mentor;

/// <summary>A mentor's comment on one step, as posted.</summary>
public sealed class MentorCommentForm
{
    public PlanStep? Step { get; set; }
    public string? AuthorName { get; set; }
    public string? Body { get; set; }
}
