namespace CareerPlanner.Web.Domain.Sharing;

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

    /// <summary>What a mentor may do through this link, in a sentence.</summary>
    public string Invitation => (AllowComments, AllowRatings) switch
    {
        (true, true) => "Leave a comment under any step, and rate where you think they stand in the gap analysis.",
        (true, false) => "Leave a comment under any step.",
        (false, true) => "Rate where you think they stand in the gap analysis.",
        _ => "This link is for reading only.",
    };

    public bool IsActiveAt(DateTimeOffset now) => StatusAt(now) == ShareLinkStatus.Active;

    internal void Revoke(DateTimeOffset now) => RevokedAt ??= now.UtcDateTime;
}
