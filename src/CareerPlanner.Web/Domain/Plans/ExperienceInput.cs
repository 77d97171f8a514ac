namespace CareerPlanner.Web.Domain.Plans;

public sealed record ExperienceInput(string? Role, string? Organisation, DateOnly From, DateOnly? To, string? Highlights = null);
