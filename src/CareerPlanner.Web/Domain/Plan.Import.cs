namespace CareerPlanner.Web.Domain;

/// <summary>
/// Restoring a plan from an export: the same parts with the same ids and their own dates. The
/// shape rules still apply (names, levels, lengths, links between parts); the rules about today —
/// a goal's date ahead, a milestone not in the future — do not, since the plan may be years old.
/// </summary>
public sealed partial class Plan
{
    internal void RestoreSkill(Guid id, SkillInput input)
    {
        Guard.Room(_skills, nameof(SkillInput.Name), "skills");
        var skill = new Skill(id, "", SkillLevel.Novice, "");
        Apply(skill, input);
        _skills.Add(skill);
    }

    internal void RestoreExperience(Guid id, ExperienceInput input)
    {
        Guard.Room(_experiences, nameof(ExperienceInput.Role), "experiences");
        var experience = new Experience(id);
        Apply(experience, input, DateOnly.MaxValue);
        _experiences.Add(experience);
    }

    internal void RestoreGoal(Guid id, GoalInput input)
    {
        Guard.Room(_goals, nameof(GoalInput.Title), "goals");
        var goal = new Goal(id);
        Apply(goal, input, DateOnly.MinValue, isNew: true);
        _goals.Add(goal);
    }

    internal void RestoreRequirement(Guid id, RequirementInput input)
    {
        Guard.Room(_requirements, nameof(RequirementInput.Name), "requirements");
        var requirement = new Requirement(id);
        Apply(requirement, input);
        _requirements.Add(requirement);
    }

    internal void RestoreAction(Guid id, ActionInput input)
    {
        Guard.Room(_actions, nameof(ActionInput.Title), "actions");
        var action = new PlanAction(id);
        Apply(action, input);
        _actions.Add(action);
    }

    internal void RestoreMilestone(Guid id, MilestoneInput input)
    {
        Guard.Room(_milestones, nameof(MilestoneInput.Note), "milestones");
        var milestone = new Milestone(id);
        Apply(milestone, input, DateOnly.MaxValue);
        _milestones.Add(milestone);
    }

    internal void RestoreReview(DateOnly date, string? reflection, string? changes, IEnumerable<ActionProgressInput> progress, PlanSnapshot snapshot, DateTimeOffset recordedAt)
    {
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

    internal void RestoreTimes(DateTime createdAt, PlanStep currentStep, ReviewCadence cadence)
    {
        CreatedAt = createdAt;
        CurrentStep = Guard.Defined(currentStep, nameof(CurrentStep), "Step");
        Cadence = Guard.Defined(cadence, nameof(Cadence), "Review rhythm");
    }
}
