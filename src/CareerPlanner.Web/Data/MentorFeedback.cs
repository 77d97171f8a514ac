namespace CareerPlanner.Web.Data;

/// <summary>The mentors' comments and ratings, as the pages and exports read them (under the label of the link each came through).</summary>
public sealed record MentorFeedback(IReadOnlyList<MentorFeedback.Comment> Comments, IReadOnlyList<MentorFeedback.Rating> Ratings)
{
    public sealed record Comment(int Id, int PlanId, string LinkLabel, PlanStep Step, string AuthorName, string Body, DateTime CreatedAt, DateTime? ReadAt, DateTime? ResolvedAt);

    public sealed record Rating(int PlanId, string LinkLabel, Guid RequirementId, SkillLevel Level, DateTime RatedAt);
}
