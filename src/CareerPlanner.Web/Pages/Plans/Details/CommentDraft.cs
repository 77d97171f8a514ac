
namespace CareerPlanner.Web.Pages.Plans.Details;

/// <summary>A mentor's comment that was refused, shown again in its step's form with the messages.</summary>
public sealed record CommentDraft(PlanStep Step, string Name, string Body, string? NameError, string? BodyError);
