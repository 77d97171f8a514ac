namespace CareerPlanner.Web.Domain.Plans;

/// <summary>Mentor review: share links, and the comments and ratings that come back through them.</summary>
public sealed partial class Plan
{
    public IReadOnlyList<ShareLink> ShareLinks => _shareLinks;
    public IReadOnlyList<MentorComment> MentorComments => _mentorComments;
    public IReadOnlyList<MentorRating> MentorRatings => _mentorRatings;

    /// <summary>Creates a share link; the caller made the token and keeps it, the plan keeps its hash.</summary>
    public ShareLink ShareWith(string tokenHash, ShareLinkInput input, DateTimeOffset now)
    {
        if (tokenHash.Length != ShareLink.TokenHashLength)
        {
            throw new ArgumentException("Expected a hex SHA-256 hash.", nameof(tokenHash));
        }

        var label = Guard.Required(input.Label, nameof(ShareLinkInput.Label), "Label", MentorComment.AuthorMaxLength);
        if (input.ExpiresAt is { } expires && expires <= now)
        {
            throw new DomainRuleException(nameof(ShareLinkInput.ExpiresAt), "The expiry must be in the future.");
        }

        var link = new ShareLink(this, tokenHash, label, input.ExpiresAt, input.AllowComments, input.AllowRatings, now);
        _shareLinks.Add(link);
        return link;
    }

    public void RevokeLink(int linkId, DateTimeOffset now) =>
        (_shareLinks.FirstOrDefault(l => l.Id == linkId) ?? throw NotFound("share link")).Revoke(now);

    public MentorComment AddMentorComment(ShareLink link, PlanStep step, string? authorName, string? body, DateTimeOffset now)
    {
        EnsureUsable(link, now, link.AllowComments, "comments");
        var comment = NewComment(link, step, authorName, "Your name", body, now);
        _mentorComments.Add(comment);
        return comment;
    }

    /// <summary>A comment checked by the rules every comment keeps, whether written now or restored.</summary>
    private MentorComment NewComment(ShareLink link, PlanStep step, string? authorName, string authorLabel, string? body, DateTimeOffset at) =>
        new(this,
            link,
            Guard.Defined(step, "Step", "Step"),
            Guard.Required(authorName, "AuthorName", authorLabel, MentorComment.AuthorMaxLength),
            Guard.Required(body, "Body", "Comment", MentorComment.BodyMaxLength),
            at);

    public void RateRequirement(ShareLink link, Guid requirementId, SkillLevel level, DateTimeOffset now)
    {
        EnsureUsable(link, now, link.AllowRatings, "ratings");
        if (_requirements.All(r => r.Id != requirementId))
        {
            throw NotFound("requirement");
        }

        level = Guard.Level(level, "Level", "Rating");
        var existing = _mentorRatings.FirstOrDefault(r => r.RequirementId == requirementId && IsSameLink(r, link));
        if (existing is null)
        {
            _mentorRatings.Add(new MentorRating(this, link, requirementId, level, now));
        }
        else
        {
            existing.Change(level, now);
        }
    }

    public void ResolveComment(int commentId, DateTimeOffset now) =>
        (_mentorComments.FirstOrDefault(c => c.Id == commentId) ?? throw NotFound("comment")).Resolve(now);

    private void EnsureUsable(ShareLink link, DateTimeOffset now, bool allowed, string what)
    {
        if (!_shareLinks.Contains(link) || !link.IsActiveAt(now))
        {
            throw new DomainRuleException("", "This link is no longer active.");
        }

        if (!allowed)
        {
            throw new DomainRuleException("", $"The planner did not allow {what} through this link.");
        }
    }

    private static bool IsSameLink(MentorRating rating, ShareLink link) =>
        ReferenceEquals(rating.ShareLink, link) || (link.Id != 0 && rating.ShareLinkId == link.Id);
}
