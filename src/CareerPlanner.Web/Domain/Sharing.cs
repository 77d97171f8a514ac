namespace CareerPlanner.Web.Domain;

public enum ShareLinkStatus
{
    Active = 1,
    Expired = 2,
    Revoked = 3,
}

/// <summary>
/// A capability link for a mentor. Only the SHA-256 hash of its token is kept; the token itself is
/// shown to the planner once and never stored.
/// </summary>
public sealed class ShareLink
{
    public const int TokenHashLength = 64;

    private ShareLink() { }

    internal ShareLink(Plan plan, string tokenHash, string label, DateTimeOffset? expiresAt, bool allowComments, bool allowRatings, DateTimeOffset now)
    {
        Plan = plan;
        TokenHash = tokenHash;
        Label = label;
        ExpiresAt = expiresAt?.UtcDateTime;
        AllowComments = allowComments;
        AllowRatings = allowRatings;
        CreatedAt = now.UtcDateTime;
    }

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public Plan? Plan { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the token.</summary>
    public string TokenHash { get; private set; } = "";
    public string Label { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime? ExpiresAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }

    /// <summary>When a mentor last opened the link, and how often: counted in bulk by the app, so a GET through a link writes nothing.</summary>
    public DateTime? LastOpenedAt { get; private set; }
    public int TimesOpened { get; private set; }
    public bool AllowComments { get; private set; }
    public bool AllowRatings { get; private set; }

    public ShareLinkStatus StatusAt(DateTimeOffset now) =>
        RevokedAt is not null ? ShareLinkStatus.Revoked
        : ExpiresAt is { } expires && expires <= now.UtcDateTime ? ShareLinkStatus.Expired
        : ShareLinkStatus.Active;

    public bool IsActiveAt(DateTimeOffset now) => StatusAt(now) == ShareLinkStatus.Active;

    internal void Revoke(DateTimeOffset now) => RevokedAt ??= now.UtcDateTime;
}

/// <summary>A mentor's comment on one step of the plan.</summary>
public sealed class MentorComment
{
    public const int AuthorMaxLength = 80;
    public const int BodyMaxLength = 5_000;

    private MentorComment() { }

    internal MentorComment(Plan plan, ShareLink link, PlanStep step, string authorName, string body, DateTimeOffset now)
    {
        Plan = plan;
        ShareLink = link;
        Step = step;
        AuthorName = authorName;
        Body = body;
        CreatedAt = now.UtcDateTime;
    }

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public Plan? Plan { get; private set; }
    public int ShareLinkId { get; private set; }
    public ShareLink? ShareLink { get; private set; }
    public PlanStep Step { get; private set; }
    public string AuthorName { get; private set; } = "";
    public string Body { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime? ReadAt { get; private set; }
    public DateTime? ResolvedAt { get; private set; }

    internal void MarkRead(DateTimeOffset now) => ReadAt ??= now.UtcDateTime;

    internal void Resolve(DateTimeOffset now)
    {
        MarkRead(now);
        ResolvedAt ??= now.UtcDateTime;
    }
}

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
