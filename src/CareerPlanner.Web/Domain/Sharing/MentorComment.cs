namespace CareerPlanner.Web.Domain.Sharing;

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
