
namespace CareerPlanner.Web.Pages.Plans.Details;

/// <summary>Who is reading the plan document: its owner (with edit links), or a mentor through a link.</summary>
public sealed record DocumentViewer(bool IsOwner, string? Token = null, bool CanComment = false, bool CanRate = false, string MentorName = "", CommentDraft? Draft = null)
{
    public static DocumentViewer Owner { get; } = new(true);
}
