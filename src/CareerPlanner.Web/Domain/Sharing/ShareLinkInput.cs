namespace CareerPlanner.Web.Domain.Sharing;

public sealed record ShareLinkInput(string? Label, DateTimeOffset? ExpiresAt, bool AllowComments, bool AllowRatings);
