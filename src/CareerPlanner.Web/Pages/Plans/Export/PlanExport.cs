using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerPlanner.Web.Pages.Plans.Export;

/// <summary>
/// The JSON export of a plan, format <see cref="SchemaName"/> version <see cref="CurrentVersion"/>:
/// every field of every step, reviews with their snapshots, milestones and mentor feedback (under
/// the mentor's label; share links themselves are capabilities and are never exported).
/// </summary>
public sealed record PlanExport(
    string Schema,
    int SchemaVersion,
    DateTime ExportedAt,
    PlanExport.PlanData Plan)
{
    public const string SchemaName = "careerplanner.plan";
    public const int CurrentVersion = 1;

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        MaxDepth = 32,
    };

    public sealed record PlanData(
        string Title,
        DateTime CreatedAt,
        PlanStep CurrentStep,
        ReviewCadence Cadence,
        SelfAssessmentData SelfAssessment,
        GoalsData Goals,
        GapAnalysisData GapAnalysis,
        IReadOnlyList<ActionData> Actions,
        IReadOnlyList<ReviewData> Reviews,
        IReadOnlyList<MilestoneData> Milestones,
        IReadOnlyList<MentorCommentData> MentorComments,
        IReadOnlyList<MentorRatingData> MentorRatings);

    public sealed record SelfAssessmentData(string Strengths, string Motivators, string ExcelsAt, string StrugglesWith, IReadOnlyList<SkillData> Skills, IReadOnlyList<ExperienceData> Experiences);

    public sealed record SkillData(Guid Id, string Name, SkillLevel Level, string Evidence);

    public sealed record ExperienceData(Guid Id, string Role, string Organisation, DateOnly From, DateOnly? To, string Highlights);

    public sealed record GoalsData(string DreamJob, Intention? Intention, string Opportunities, IReadOnlyList<GoalData> Items);

    public sealed record GoalData(Guid Id, GoalHorizon Horizon, string Title, string Description, DateOnly TargetDate);

    public sealed record GapAnalysisData(string TargetRoleTitle, string TargetRoleDescription, IReadOnlyList<RequirementData> Requirements);

    public sealed record RequirementData(Guid Id, RequirementKind Kind, string Name, SkillLevel RequiredLevel, SkillLevel? CurrentLevel, ClosingMethod ClosedBy, Priority Priority);

    public sealed record ActionData(
        Guid Id, string Title, ActionKind Kind, string Specific, string Measure, decimal? EffortHours, string Resources,
        decimal? BudgetAmount, string? BudgetCurrency, Guid? GoalId, Guid? RequirementId, DateOnly? Start, DateOnly? Deadline,
        ActionStatus Status, int PercentDone);

    public sealed record ReviewData(DateOnly Date, string Reflection, string Changes, DateTime RecordedAt, IReadOnlyList<ProgressData> Progress, PlanSnapshot Snapshot);

    public sealed record ProgressData(Guid ActionId, ActionStatus Status, int PercentDone);

    public sealed record MilestoneData(Guid Id, MilestoneKind Kind, DateOnly Date, string Note);

    public sealed record MentorCommentData(string MentorLabel, PlanStep Step, string AuthorName, string Body, DateTime CreatedAt, DateTime? ResolvedAt);

    public sealed record MentorRatingData(string MentorLabel, Guid RequirementId, SkillLevel Level, DateTime RatedAt);

    public static PlanExport Of(Plan plan, IEnumerable<Review> reviews, IEnumerable<MentorFeedback.Comment> comments, IEnumerable<MentorFeedback.Rating> ratings, DateTimeOffset now) =>
        new(SchemaName, CurrentVersion, now.UtcDateTime, new PlanData(
            plan.Title,
            plan.CreatedAt,
            plan.CurrentStep,
            plan.Cadence,
            new SelfAssessmentData(plan.Strengths, plan.Motivators, plan.ExcelsAt, plan.StrugglesWith,
                [.. plan.Skills.Select(s => new SkillData(s.Id, s.Name, s.Level, s.Evidence))],
                [.. plan.Experiences.Select(e => new ExperienceData(e.Id, e.Role, e.Organisation, e.From, e.To, e.Highlights))]),
            new GoalsData(plan.DreamJob, plan.Intention, plan.Opportunities,
                [.. plan.Goals.Select(g => new GoalData(g.Id, g.Horizon, g.Title, g.Description, g.TargetDate))]),
            new GapAnalysisData(plan.TargetRoleTitle, plan.TargetRoleDescription,
                [.. plan.Requirements.Select(r => new RequirementData(r.Id, r.Kind, r.Name, r.RequiredLevel, r.CurrentLevel, r.ClosedBy, r.Priority))]),
            [.. plan.Actions.Select(a => new ActionData(a.Id, a.Title, a.Kind, a.Specific, a.Measure, a.EffortHours, a.Resources, a.BudgetAmount,
                a.BudgetCurrency, a.GoalId, a.RequirementId, a.Start, a.Deadline, a.Status, a.PercentDone))],
            [.. reviews.OrderBy(r => r.Date).ThenBy(r => r.RecordedAt).Select(r => new ReviewData(r.Date, r.Reflection, r.Changes, r.RecordedAt,
                [.. r.Progress.Select(p => new ProgressData(p.ActionId, p.Status, p.PercentDone))], r.Snapshot()))],
            [.. plan.Milestones.Select(m => new MilestoneData(m.Id, m.Kind, m.Date, m.Note))],
            [.. comments.OrderBy(c => c.CreatedAt).Select(c => new MentorCommentData(c.LinkLabel, c.Step, c.AuthorName, c.Body, c.CreatedAt, c.ResolvedAt))],
            [.. ratings.OrderBy(r => r.RatedAt).Select(r => new MentorRatingData(r.LinkLabel, r.RequirementId, r.Level, r.RatedAt))]));

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);
}
