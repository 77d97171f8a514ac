namespace CareerPlanner.Web.Domain.Plans;

/// <summary>
/// Restoring a plan from an export: the same parts with the same ids and their own dates. The
/// shape rules still apply (names, levels, lengths, links between parts); the rules about today —
/// a goal's date ahead, a milestone not in the future — do not, since the plan may be years old.
/// </summary>
public sealed partial class Plan
{
    private static readonly DateOnly EarliestDate = new(1900, 1, 1);

    private static DateOnly Past(DateOnly date, DateTimeOffset now, string field)
    {
        if (date < EarliestDate || date > DateOnly.FromDateTime(now.UtcDateTime))
        {
            throw new DomainRuleException(field, $"The date {date:yyyy-MM-dd} must lie between 1900 and today.");
        }

        return date;
    }

    internal void RestoreSkill(Guid id, SkillInput input) => _skills.Restore(new Skill(id), s => Apply(s, input), nameof(SkillInput.Name));

    internal void RestoreExperience(Guid id, ExperienceInput input) => _experiences.Restore(new Experience(id), e => Apply(e, input, DateOnly.MaxValue), nameof(ExperienceInput.Role));

    internal void RestoreGoal(Guid id, GoalInput input) => _goals.Restore(new Goal(id), g => Apply(g, input, DateOnly.MinValue, isNew: true), nameof(GoalInput.Title));

    internal void RestoreRequirement(Guid id, RequirementInput input) => _requirements.Restore(new Requirement(id), r => Apply(r, input), nameof(RequirementInput.Name));

    internal void RestoreAction(Guid id, ActionInput input) => _actions.Restore(new PlanAction(id), a => Apply(a, input), nameof(ActionInput.Title));

    internal void RestoreMilestone(Guid id, MilestoneInput input, DateTimeOffset now)
    {
        Past(input.Date, now, nameof(MilestoneInput.Date));
        _milestones.Restore(new Milestone(id), m => Apply(m, input, DateOnly.MaxValue), nameof(MilestoneInput.Note));
    }

    internal void RestoreReview(DateOnly date, string? reflection, string? changes, IEnumerable<ActionProgressInput> progress, PlanSnapshot snapshot, DateTimeOffset recordedAt, DateTimeOffset now)
    {
        Past(date, now, nameof(ReviewInput.Date));
        CheckSnapshot(snapshot);
        var items = progress.Select(p => new ActionProgress(
            p.ActionId,
            Guard.Defined(p.Status, nameof(ReviewInput.Progress), "Status"),
            CheckPercent(p.PercentDone, nameof(ReviewInput.Progress)))).ToList();
        _reviews.Add(new Review(
            this,
            date,
            Guard.Optional(reflection, nameof(ReviewInput.Reflection), "Reflection", Limits.LongText),
            Guard.Optional(changes, nameof(ReviewInput.Changes), "What you are changing", Limits.LongText),
            items,
            snapshot,
            recordedAt));
        LastReviewDate = LastReviewDate is { } last && last > date ? last : date;
    }

    /// <summary>A revoked link that carries imported mentor feedback under its mentor's label.</summary>
    internal ShareLink RestoreArchivedLink(string tokenHash, string? label, DateTimeOffset now)
    {
        var link = new ShareLink(this, tokenHash, Guard.Required(label, "Label", "Mentor", MentorComment.AuthorMaxLength), null, false, false, now);
        link.Revoke(now);
        _shareLinks.Add(link);
        return link;
    }

    internal void RestoreMentorComment(ShareLink link, PlanStep step, string? authorName, string? body, DateTimeOffset createdAt, DateTimeOffset? resolvedAt)
    {
        var comment = NewComment(link, step, authorName, "Author", body, createdAt);
        comment.MarkRead(createdAt);
        if (resolvedAt is { } resolved)
        {
            comment.Resolve(resolved);
        }

        _mentorComments.Add(comment);
    }

    internal void RestoreMentorRating(ShareLink link, Guid requirementId, SkillLevel level, DateTimeOffset ratedAt)
    {
        if (_requirements.All(r => r.Id != requirementId))
        {
            throw new DomainRuleException("RequirementId", "The rating is for a requirement that is not in the plan.");
        }

        _mentorRatings.Add(new MentorRating(this, link, requirementId, Guard.Level(level, "Level", "Rating"), ratedAt));
    }

    /// <summary>A snapshot names each action, goal, requirement and skill once, as one the app took would.</summary>
    private static void CheckSnapshot(PlanSnapshot snapshot)
    {
        if (snapshot.Actions.GroupBy(a => a.Id).Any(g => g.Count() > 1)
            || snapshot.Goals.GroupBy(g => g.Id).Any(g => g.Count() > 1)
            || snapshot.Requirements.GroupBy(r => r.Id).Any(g => g.Count() > 1)
            || snapshot.Skills.GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1))
        {
            throw new DomainRuleException("Snapshot", "The snapshot names the same action, goal, requirement or skill twice.");
        }
    }

    internal void RestoreTimes(DateTime createdAt, PlanStep currentStep, ReviewCadence cadence, DateTimeOffset now)
    {
        Past(DateOnly.FromDateTime(createdAt), now, nameof(CreatedAt));
        CreatedAt = createdAt;
        CurrentStep = Guard.Defined(currentStep, nameof(CurrentStep), "Step");
        Cadence = Guard.Defined(cadence, nameof(Cadence), "Review rhythm");
    }
}
