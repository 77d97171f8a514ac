namespace CareerPlanner.Web.Domain.Plans;

/// <summary>
/// Restoring a plan from an export: the same parts with the same ids and their own dates. The
/// shape rules still apply (names, levels, lengths, links between parts); the rules about today —
/// a goal's date ahead, a milestone not in the future — do not, since the plan may be years old.
/// </summary>
public sealed partial class Plan
{
    private static readonly DateOnly EarliestDate = new(1900, 1, 1);

    private static void UniqueId<T>(IEnumerable<T> items, Func<T, Guid> idOf, Guid id)
    {
        if (id == Guid.Empty || items.Any(x => idOf(x) == id))
        {
            throw new DomainRuleException("Id", $"Each item needs its own id; {id} is empty or used twice.");
        }
    }

    private static DateOnly Past(DateOnly date, DateTimeOffset now, string field)
    {
        if (date < EarliestDate || date > DateOnly.FromDateTime(now.UtcDateTime))
        {
            throw new DomainRuleException(field, $"The date {date:yyyy-MM-dd} must lie between 1900 and today.");
        }

        return date;
    }

    internal void RestoreSkill(Guid id, SkillInput input)
    {
        UniqueId(_skills, s => s.Id, id);
        Guard.Room(_skills, nameof(SkillInput.Name), "skills");
        var skill = new Skill(id, "", SkillLevel.Novice, "");
        Apply(skill, input);
        _skills.Add(skill);
    }

    internal void RestoreExperience(Guid id, ExperienceInput input)
    {
        UniqueId(_experiences, e => e.Id, id);
        Guard.Room(_experiences, nameof(ExperienceInput.Role), "experiences");
        var experience = new Experience(id);
        Apply(experience, input, DateOnly.MaxValue);
        _experiences.Add(experience);
    }

    internal void RestoreGoal(Guid id, GoalInput input)
    {
        UniqueId(_goals, g => g.Id, id);
        Guard.Room(_goals, nameof(GoalInput.Title), "goals");
        var goal = new Goal(id);
        Apply(goal, input, DateOnly.MinValue, isNew: true);
        _goals.Add(goal);
    }

    internal void RestoreRequirement(Guid id, RequirementInput input)
    {
        UniqueId(_requirements, r => r.Id, id);
        Guard.Room(_requirements, nameof(RequirementInput.Name), "requirements");
        var requirement = new Requirement(id);
        Apply(requirement, input);
        _requirements.Add(requirement);
    }

    internal void RestoreAction(Guid id, ActionInput input)
    {
        UniqueId(_actions, a => a.Id, id);
        Guard.Room(_actions, nameof(ActionInput.Title), "actions");
        var action = new PlanAction(id);
        Apply(action, input);
        _actions.Add(action);
    }

    internal void RestoreMilestone(Guid id, MilestoneInput input, DateTimeOffset now)
    {
        UniqueId(_milestones, m => m.Id, id);
        Past(input.Date, now, nameof(MilestoneInput.Date));
        Guard.Room(_milestones, nameof(MilestoneInput.Note), "milestones");
        var milestone = new Milestone(id);
        Apply(milestone, input, DateOnly.MaxValue);
        _milestones.Add(milestone);
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
        var comment = new MentorComment(
            this,
            link,
            Guard.Defined(step, "Step", "Step"),
            Guard.Required(authorName, "AuthorName", "Author", MentorComment.AuthorMaxLength),
            Guard.Required(body, "Body", "Comment", MentorComment.BodyMaxLength),
            createdAt);
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
