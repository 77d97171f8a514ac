
namespace CareerPlanner.Web.Pages.Plans.Details;

/// <summary>One mentor's rating of a requirement, next to the planner's own level.</summary>
public sealed record RatingView(string MentorLabel, SkillLevel Level, bool WorthAConversation)
{
    /// <summary>The ratings of each requirement still in the plan, flagged where they differ enough from the planner's current level.</summary>
    public static IReadOnlyDictionary<Guid, IReadOnlyList<RatingView>> ByRequirement(IEnumerable<MentorFeedback.Rating> ratings, GapReport gaps)
    {
        var current = gaps.Gaps.ToDictionary(g => g.Requirement.Id, g => g.Current);
        return ratings
            .Where(r => current.ContainsKey(r.RequirementId))
            .GroupBy(r => r.RequirementId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<RatingView>)[.. g.Select(r => new RatingView(
                r.LinkLabel, r.Level, MentorRating.IsWorthAConversation(current[r.RequirementId], r.Level)))]);
    }
}
