
namespace CareerPlanner.Web.Pages.Plans.Details;

/// <summary>A mentor comment as shown next to its step.</summary>
public sealed record CommentView(int Id, string AuthorName, string LinkLabel, string Body, DateTime CreatedAt, bool IsResolved, bool IsUnread)
{
    public static CommentView Of(MentorFeedback.Comment c) =>
        new(c.Id, c.AuthorName, c.LinkLabel, c.Body, c.CreatedAt, c.ResolvedAt is not null, c.ReadAt is null);
}
