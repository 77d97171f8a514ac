using System.Text.Json;

namespace CareerPlanner.Web.Pages.Plans.Import;

/// <summary>
/// Creates a new plan from a JSON export: all or nothing. The file is read in full and every part
/// goes through the plan's own rules; the first broken rule refuses the whole file with a message
/// that names the field.
/// </summary>
public static class PlanImport
{
    public const int MaxBytes = 2 * 1024 * 1024;

    public static Plan FromJson(string json, string ownerId, DateTimeOffset now)
    {
        PlanExport? export;
        try
        {
            export = JsonSerializer.Deserialize<PlanExport>(json, PlanExport.JsonOptions);
        }
        catch (JsonException e)
        {
            var where = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "the file" : e.Path.TrimStart('$', '.');
            throw new ImportException($"{where}: {Explain(e)}");
        }

        if (export is null)
        {
            throw new ImportException("The file is empty.");
        }

        if (export.Schema != PlanExport.SchemaName)
        {
            throw new ImportException($"schema: this is not a CareerPlanner plan export (expected “{PlanExport.SchemaName}”).");
        }

        if (export.SchemaVersion != PlanExport.CurrentVersion)
        {
            throw new ImportException($"schemaVersion: version {export.SchemaVersion} is not supported; this app reads version {PlanExport.CurrentVersion}.");
        }

        return Build(export.Plan, ownerId, now);
    }

    private static Plan Build(PlanExport.PlanData data, string ownerId, DateTimeOffset now)
    {
        var plan = At("plan", () => new Plan(ownerId, data.Title, now));
        At("plan", () => plan.RestoreTimes(data.CreatedAt, data.CurrentStep, data.Cadence, now));
        var self = data.SelfAssessment;
        At("plan.selfAssessment", () => plan.DescribeSelf(self.Strengths, self.Motivators, self.ExcelsAt, self.StrugglesWith, now));
        Each("plan.selfAssessment.skills", self.Skills, s => plan.RestoreSkill(s.Id, new SkillInput(s.Name, s.Level, s.Evidence)));
        Each("plan.selfAssessment.experiences", self.Experiences, e => plan.RestoreExperience(e.Id, new ExperienceInput(e.Role, e.Organisation, e.From, e.To, e.Highlights)));
        At("plan.goals", () => plan.DescribeAmbition(data.Goals.DreamJob, data.Goals.Intention, data.Goals.Opportunities, now));
        Each("plan.goals.items", data.Goals.Items, g => plan.RestoreGoal(g.Id, new GoalInput(g.Horizon, g.Title, g.Description, g.TargetDate)));
        At("plan.gapAnalysis", () => plan.DescribeTargetRole(data.GapAnalysis.TargetRoleTitle, data.GapAnalysis.TargetRoleDescription, now));
        Each("plan.gapAnalysis.requirements", data.GapAnalysis.Requirements, r =>
            plan.RestoreRequirement(r.Id, new RequirementInput(r.Kind, r.Name, r.RequiredLevel, r.CurrentLevel, r.ClosedBy, r.Priority)));
        Each("plan.actions", data.Actions, a => plan.RestoreAction(a.Id, new ActionInput(
            a.Title, a.Kind, a.Specific, a.Measure, a.EffortHours, a.Resources, a.BudgetAmount, a.BudgetCurrency,
            a.GoalId, a.RequirementId, a.Start, a.Deadline, a.Status, a.PercentDone)));
        Each("plan.milestones", data.Milestones, m => plan.RestoreMilestone(m.Id, new MilestoneInput(m.Kind, m.Date, m.Note), now));
        Each("plan.reviews", data.Reviews, r => plan.RestoreReview(r.Date, r.Reflection, r.Changes,
            r.Progress.Select(p => new ActionProgressInput(p.ActionId, p.Status, p.PercentDone)), r.Snapshot, new DateTimeOffset(DateTime.SpecifyKind(r.RecordedAt, DateTimeKind.Utc)), now));

        var links = new Dictionary<string, ShareLink>(StringComparer.Ordinal);
        ShareLink LinkFor(string label) => links.TryGetValue(label, out var link)
            ? link
            : links[label] = plan.RestoreArchivedLink(ShareTokens.Hash(ShareTokens.NewToken()), label, now);
        Each("plan.mentorComments", data.MentorComments, c => plan.RestoreMentorComment(LinkFor(c.MentorLabel), c.Step, c.AuthorName, c.Body,
            Utc(c.CreatedAt), c.ResolvedAt is { } resolved ? Utc(resolved) : null));
        Each("plan.mentorRatings", data.MentorRatings, r => plan.RestoreMentorRating(LinkFor(r.MentorLabel), r.RequirementId, r.Level, Utc(r.RatedAt)));
        return plan;
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static void Each<T>(string path, IReadOnlyList<T> items, Action<T> restore)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            At($"{path}[{i}]", () => restore(item));
        }
    }

    private static void At(string path, Action restore) => At(path, () =>
    {
        restore();
        return 0;
    });

    private static T At<T>(string path, Func<T> restore)
    {
        try
        {
            return restore();
        }
        catch (DomainRuleException e)
        {
            var field = e.Field.Length == 0 ? "" : "." + char.ToLowerInvariant(e.Field[0]) + e.Field[1..];
            throw new ImportException($"{path}{field}: {e.Message}");
        }
        catch (ArgumentException e)
        {
            throw new ImportException($"{path}: {e.Message}");
        }
    }

    private static string Explain(JsonException e) =>
        e.Message.Contains("could not be converted", StringComparison.Ordinal) ? "this value has the wrong type or is not one of the allowed values."
        : e.Message.Contains("missing required", StringComparison.OrdinalIgnoreCase) ? "a required field is missing."
        : e.Message.Contains("could not be mapped", StringComparison.Ordinal) ? "this field is not part of the format."
        : e.Message.Contains("null", StringComparison.OrdinalIgnoreCase) ? "this field must have a value."
        : "the JSON is not well-formed here.";
}
