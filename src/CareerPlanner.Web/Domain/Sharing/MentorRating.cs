namespace CareerPlanner.Web.Domain.Sharing;

/// <summary>A mentor's independent rating of a requirement's current level (step 3).</summary>
public sealed class MentorRating
{
    /// <summary>Levels this far apart (or more) between planner and mentor are worth a conversation.</summary>
    public const int DisagreementThreshold = 2;

    /// <summary>Whether the mentor's view differs enough from the planner's current level (unrated counts as 0) to flag it.</summary>
    public static bool IsWorthAConversation(int plannerLevel, SkillLevel mentorLevel) =>
        Math.Abs(plannerLevel - (int)mentorLevel) >= DisagreementThreshold;

    private MentorRating() { }

    internal MentorRating(Plan plan, ShareLink link, Guid requirementId, SkillLevel level, DateTimeOffset now)
    {
        Plan = plan;
        ShareLink = link;
        RequirementId = requirementId;
        Level = level;
        RatedAt = now.UtcDateTime;
    }

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public Plan? Plan { get; private set; }
    public int ShareLinkId { get; private set; }
    public ShareLink? ShareLink { get; private set; }
    public Guid RequirementId { get; private set; }
    public SkillLevel Level { get; private set; }
    public DateTime RatedAt { get; private set; }

    internal void Change(SkillLevel level, DateTimeOffset now)
    {
        Level = level;
        RatedAt = now.UtcDateTime;
    }
}
