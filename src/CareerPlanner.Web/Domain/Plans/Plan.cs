namespace CareerPlanner.Web.Domain.Plans;

/// <summary>
/// A career progression plan: the aggregate that owns every step's content. All changes go through
/// its methods, which enforce the rules and move <see cref="Version"/> on, so a stale form can be
/// told apart from a fresh one.
/// </summary>
public sealed partial class Plan
{
    private readonly List<Skill> _skills = [];
    private readonly List<Experience> _experiences = [];
    private readonly List<Goal> _goals = [];
    private readonly List<Requirement> _requirements = [];
    private readonly List<PlanAction> _actions = [];
    private readonly List<Milestone> _milestones = [];
    private readonly List<Review> _reviews = [];
    private readonly List<ShareLink> _shareLinks = [];
    private readonly List<MentorComment> _mentorComments = [];
    private readonly List<MentorRating> _mentorRatings = [];

    private Plan() { }

    public Plan(string ownerId, string? title, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(ownerId))
        {
            throw new ArgumentException("A plan needs an owner.", nameof(ownerId));
        }

        OwnerId = ownerId;
        Title = Guard.Required(title, nameof(Title), "Title", Limits.Title);
        CreatedAt = now.UtcDateTime;
        UpdatedAt = CreatedAt;
        Version = 1;
    }

    public int Id { get; private set; }
    public string OwnerId { get; private set; } = "";
    public string Title { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    /// <summary>The step the person last worked on: where the wizard resumes.</summary>
    public PlanStep CurrentStep { get; private set; } = PlanStep.SelfAssessment;

    /// <summary>Moves on with every change; forms carry it so a stale save is refused.</summary>
    public int Version { get; private set; }

    // Step 1: self-assessment (Markdown)
    public string Strengths { get; private set; } = "";
    public string Motivators { get; private set; } = "";
    public string ExcelsAt { get; private set; } = "";
    public string StrugglesWith { get; private set; } = "";
    public IReadOnlyList<Skill> Skills => _skills;
    public IReadOnlyList<Experience> Experiences => _experiences;

    // Step 2: goals
    public string DreamJob { get; private set; } = "";
    public Intention? Intention { get; private set; }
    public string Opportunities { get; private set; } = "";
    public IReadOnlyList<Goal> Goals => _goals;

    // Step 3: gap analysis
    public string TargetRoleTitle { get; private set; } = "";
    public string TargetRoleDescription { get; private set; } = "";
    public IReadOnlyList<Requirement> Requirements => _requirements;

    // Step 4: actions
    public IReadOnlyList<PlanAction> Actions => _actions;

    // Step 5: reviews and milestones
    public IReadOnlyList<Review> Reviews => _reviews;
    public IReadOnlyList<Milestone> Milestones => _milestones;

    /// <summary>The date of the latest review, kept here so lists need not load the reviews.</summary>
    public DateOnly? LastReviewDate { get; private set; }

    public ReviewCadence Cadence { get; private set; } = ReviewCadence.None;

    /// <summary>SHA-256 (hex) of the calendar feed's token; null when there is no feed.</summary>
    public string? CalendarTokenHash { get; private set; }

    /// <summary>When the next review is due: the cadence after the last review (or after the plan was made); null without a cadence.</summary>
    public DateOnly? NextReviewDate
    {
        get
        {
            var from = LastReviewDate ?? DateOnly.FromDateTime(CreatedAt);
            return Cadence == ReviewCadence.None || from > DateOnly.MaxValue.AddMonths(-12) ? null : from.AddMonths((int)Cadence);
        }
    }

    public bool IsReviewOverdue(DateOnly today) => NextReviewDate < today;

    public void SetCadence(ReviewCadence cadence, DateTimeOffset now)
    {
        Cadence = Guard.Defined(cadence, nameof(Cadence), "Review rhythm");
        Touch(now);
    }

    /// <summary>Starts (or replaces) the calendar feed; the caller made the token and shows it, the plan keeps its hash.</summary>
    public void SubscribeCalendar(string tokenHash)
    {
        if (tokenHash.Length != ShareLink.TokenHashLength)
        {
            throw new ArgumentException("Expected a hex SHA-256 hash.", nameof(tokenHash));
        }

        CalendarTokenHash = tokenHash;
    }

    public void StopCalendar() => CalendarTokenHash = null;

    // Mentor review
    public IReadOnlyList<ShareLink> ShareLinks => _shareLinks;
    public IReadOnlyList<MentorComment> MentorComments => _mentorComments;
    public IReadOnlyList<MentorRating> MentorRatings => _mentorRatings;

    public void Rename(string? title, DateTimeOffset now)
    {
        Title = Guard.Required(title, nameof(Title), "Title", Limits.Title);
        Touch(now);
    }

    /// <summary>Remembers the step the person is on, so the wizard resumes there.</summary>
    public void ResumeAt(PlanStep step, DateTimeOffset now)
    {
        CurrentStep = Guard.Defined(step, nameof(CurrentStep), "Step");
        Touch(now);
    }

    public StepProgress ProgressOf(PlanStep step) => step switch
    {
        PlanStep.SelfAssessment => Progress(
            done: Strengths.Length > 0 && _skills.Count > 0,
            started: Strengths.Length + Motivators.Length + ExcelsAt.Length + StrugglesWith.Length + _skills.Count + _experiences.Count > 0),
        PlanStep.Goals => Progress(
            done: DreamJob.Length > 0 && _goals.Count > 0,
            started: DreamJob.Length + Opportunities.Length + _goals.Count > 0 || Intention is not null),
        PlanStep.GapAnalysis => Progress(
            done: TargetRoleTitle.Length > 0 && _requirements.Count > 0,
            started: TargetRoleTitle.Length + TargetRoleDescription.Length + _requirements.Count > 0),
        PlanStep.ActionPlan => Progress(done: _actions.Count > 0, started: false),
        PlanStep.ProgressReview => Progress(done: LastReviewDate is not null, started: _milestones.Count > 0),
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    private static StepProgress Progress(bool done, bool started) =>
        done ? StepProgress.Done : started ? StepProgress.InProgress : StepProgress.NotStarted;

    /// <summary>The furthest step that has any content (the first step for an empty plan).</summary>
    public PlanStep StepReached() =>
        Enum.GetValues<PlanStep>().LastOrDefault(s => ProgressOf(s) != StepProgress.NotStarted, PlanStep.SelfAssessment);

    // ---- Step 1 ----

    public void DescribeSelf(string? strengths, string? motivators, string? excelsAt, string? strugglesWith, DateTimeOffset now)
    {
        Strengths = Guard.Optional(strengths, nameof(Strengths), "Strengths", Limits.LongText);
        Motivators = Guard.Optional(motivators, nameof(Motivators), "What motivates you", Limits.LongText);
        ExcelsAt = Guard.Optional(excelsAt, nameof(ExcelsAt), "Where you excel", Limits.LongText);
        StrugglesWith = Guard.Optional(strugglesWith, nameof(StrugglesWith), "Where you struggle", Limits.LongText);
        Touch(now);
    }

    public Guid AddSkill(SkillInput input, DateTimeOffset now)
    {
        Guard.Room(_skills, nameof(SkillInput.Name), "skills");
        var skill = new Skill(Guid.NewGuid(), "", SkillLevel.Novice, "");
        Apply(skill, input);
        _skills.Add(skill);
        Touch(now);
        return skill.Id;
    }

    public void UpdateSkill(Guid id, SkillInput input, DateTimeOffset now)
    {
        Apply(Find(_skills, id, s => s.Id, "skill"), input);
        Touch(now);
    }

    public void RemoveSkill(Guid id, DateTimeOffset now) => Remove(_skills, id, s => s.Id, "skill", now);

    public void MoveSkill(Guid id, int offset, DateTimeOffset now) => Move(_skills, id, s => s.Id, s => s.Copy(), offset, now);

    /// <summary>The step-1 skill whose name matches, ignoring case and surrounding spaces.</summary>
    public Skill? SkillNamed(string name) =>
        _skills.FirstOrDefault(s => string.Equals(s.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    private void Apply(Skill skill, SkillInput input)
    {
        var name = Guard.Required(input.Name, nameof(SkillInput.Name), "Skill name", Limits.Name);
        if (_skills.Any(s => s != skill && string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainRuleException(nameof(SkillInput.Name), $"You already have a skill called “{name}”.");
        }

        var level = Guard.Level(input.Level, nameof(SkillInput.Level), "Level");
        var evidence = Guard.Optional(input.Evidence, nameof(SkillInput.Evidence), "Evidence", Limits.ShortText);
        (skill.Name, skill.Level, skill.Evidence) = (name, level, evidence);
    }

    public Guid AddExperience(ExperienceInput input, DateTimeOffset now)
    {
        Guard.Room(_experiences, nameof(ExperienceInput.Role), "experiences");
        var experience = new Experience(Guid.NewGuid());
        Apply(experience, input, Today(now));
        _experiences.Add(experience);
        Touch(now);
        return experience.Id;
    }

    public void UpdateExperience(Guid id, ExperienceInput input, DateTimeOffset now)
    {
        Apply(Find(_experiences, id, e => e.Id, "experience"), input, Today(now));
        Touch(now);
    }

    public void RemoveExperience(Guid id, DateTimeOffset now) => Remove(_experiences, id, e => e.Id, "experience", now);

    public void MoveExperience(Guid id, int offset, DateTimeOffset now) => Move(_experiences, id, e => e.Id, e => e.Copy(), offset, now);

    private static void Apply(Experience experience, ExperienceInput input, DateOnly today)
    {
        var role = Guard.Required(input.Role, nameof(ExperienceInput.Role), "Role", Limits.Title);
        var organisation = Guard.Optional(input.Organisation, nameof(ExperienceInput.Organisation), "Organisation", Limits.Title);
        var highlights = Guard.Optional(input.Highlights, nameof(ExperienceInput.Highlights), "Highlights", Limits.LongText);
        if (input.From > today)
        {
            throw new DomainRuleException(nameof(ExperienceInput.From), "The start of a past experience cannot be in the future.");
        }

        if (input.To is { } to && to < input.From)
        {
            throw new DomainRuleException(nameof(ExperienceInput.To), "The end cannot be before the start.");
        }

        (experience.Role, experience.Organisation, experience.From, experience.To, experience.Highlights) =
            (role, organisation, input.From, input.To, highlights);
    }

    // ---- Step 2 ----

    public void DescribeAmbition(string? dreamJob, Intention? intention, string? opportunities, DateTimeOffset now)
    {
        DreamJob = Guard.Optional(dreamJob, nameof(DreamJob), "Dream job", Limits.LongText);
        Intention = intention is { } i ? Guard.Defined(i, nameof(Intention), "Intention") : null;
        Opportunities = Guard.Optional(opportunities, nameof(Opportunities), "Opportunities", Limits.LongText);
        Touch(now);
    }

    public Guid AddGoal(GoalInput input, DateTimeOffset now)
    {
        Guard.Room(_goals, nameof(GoalInput.Title), "goals");
        var goal = new Goal(Guid.NewGuid());
        Apply(goal, input, Today(now), isNew: true);
        _goals.Add(goal);
        Touch(now);
        return goal.Id;
    }

    public void UpdateGoal(Guid id, GoalInput input, DateTimeOffset now)
    {
        Apply(Find(_goals, id, g => g.Id, "goal"), input, Today(now), isNew: false);
        Touch(now);
    }

    public void RemoveGoal(Guid id, DateTimeOffset now)
    {
        Remove(_goals, id, g => g.Id, "goal", now);
        foreach (var action in _actions.Where(a => a.GoalId == id))
        {
            action.GoalId = null;
        }
    }

    /// <summary>Goals grouped by horizon (1 year first), soonest target first within each.</summary>
    public IReadOnlyList<(GoalHorizon Horizon, IReadOnlyList<Goal> Goals)> GoalsByHorizon() =>
        [.. _goals
            .GroupBy(g => g.Horizon)
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, (IReadOnlyList<Goal>)[.. g.OrderBy(x => x.TargetDate)]))];

    public void MoveGoal(Guid id, int offset, DateTimeOffset now) => Move(_goals, id, g => g.Id, g => g.Copy(), offset, now);

    private static void Apply(Goal goal, GoalInput input, DateOnly today, bool isNew)
    {
        var horizon = Guard.Defined(input.Horizon, nameof(GoalInput.Horizon), "Horizon");
        var title = Guard.Required(input.Title, nameof(GoalInput.Title), "Goal", Limits.Title);
        var description = Guard.Optional(input.Description, nameof(GoalInput.Description), "What achieving it looks like", Limits.LongText);

        // A goal that has passed its date may still be edited; a new or moved date must lie ahead.
        var dateChanged = isNew || goal.TargetDate != input.TargetDate;
        if (dateChanged && input.TargetDate <= today)
        {
            throw new DomainRuleException(nameof(GoalInput.TargetDate), "The target date must be after today.");
        }

        (goal.Horizon, goal.Title, goal.Description, goal.TargetDate) = (horizon, title, description, input.TargetDate);
    }

    // ---- Step 3 ----

    public void DescribeTargetRole(string? title, string? description, DateTimeOffset now)
    {
        TargetRoleTitle = Guard.Optional(title, nameof(TargetRoleTitle), "Target role", Limits.Title);
        TargetRoleDescription = Guard.Optional(description, nameof(TargetRoleDescription), "Role description", Limits.LongText);
        Touch(now);
    }

    public Guid AddRequirement(RequirementInput input, DateTimeOffset now)
    {
        Guard.Room(_requirements, nameof(RequirementInput.Name), "requirements");
        var requirement = new Requirement(Guid.NewGuid());
        Apply(requirement, input);
        _requirements.Add(requirement);
        Touch(now);
        return requirement.Id;
    }

    public void UpdateRequirement(Guid id, RequirementInput input, DateTimeOffset now)
    {
        Apply(Find(_requirements, id, r => r.Id, "requirement"), input);
        Touch(now);
    }

    public void RemoveRequirement(Guid id, DateTimeOffset now)
    {
        Remove(_requirements, id, r => r.Id, "requirement", now);
        foreach (var action in _actions.Where(a => a.RequirementId == id))
        {
            action.RequirementId = null;
        }

        _mentorRatings.RemoveAll(r => r.RequirementId == id);
    }

    public void MoveRequirement(Guid id, int offset, DateTimeOffset now) => Move(_requirements, id, r => r.Id, r => r.Copy(), offset, now);

    private void Apply(Requirement requirement, RequirementInput input)
    {
        var name = Guard.Required(input.Name, nameof(RequirementInput.Name), "Requirement", Limits.Name);
        if (_requirements.Any(r => r != requirement && string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainRuleException(nameof(RequirementInput.Name), $"The role already has a requirement called “{name}”.");
        }

        requirement.Kind = Guard.Defined(input.Kind, nameof(RequirementInput.Kind), "Kind");
        requirement.Name = name;
        requirement.RequiredLevel = Guard.Level(input.RequiredLevel, nameof(RequirementInput.RequiredLevel), "Required level");
        requirement.CurrentLevel = input.CurrentLevel is { } current
            ? Guard.Level(current, nameof(RequirementInput.CurrentLevel), "Current level")
            : null;
        requirement.ClosedBy = Guard.Defined(input.ClosedBy, nameof(RequirementInput.ClosedBy), "Way to close it");
        requirement.Priority = Guard.Defined(input.Priority, nameof(RequirementInput.Priority), "Priority");
    }

    // ---- Step 4 ----

    public Guid AddAction(ActionInput input, DateTimeOffset now)
    {
        Guard.Room(_actions, nameof(ActionInput.Title), "actions");
        var action = new PlanAction(Guid.NewGuid());
        Apply(action, input);
        _actions.Add(action);
        Touch(now);
        return action.Id;
    }

    public void UpdateAction(Guid id, ActionInput input, DateTimeOffset now)
    {
        Apply(Find(_actions, id, a => a.Id, "action"), input);
        Touch(now);
    }

    public void RemoveAction(Guid id, DateTimeOffset now) => Remove(_actions, id, a => a.Id, "action", now);

    public void MoveAction(Guid id, int offset, DateTimeOffset now) => Move(_actions, id, a => a.Id, a => a.Copy(), offset, now);

    private void Apply(PlanAction action, ActionInput input)
    {
        var title = Guard.Required(input.Title, nameof(ActionInput.Title), "Action", Limits.Title);
        var kind = Guard.Defined(input.Kind, nameof(ActionInput.Kind), "Kind");
        var specific = Guard.Optional(input.Specific, nameof(ActionInput.Specific), "What exactly", Limits.LongText);
        var measure = Guard.Optional(input.Measure, nameof(ActionInput.Measure), "How success is measured", Limits.ShortText);
        var resources = Guard.Optional(input.Resources, nameof(ActionInput.Resources), "Resources", Limits.ShortText);
        if (input.EffortHours is < 0 or > 10_000)
        {
            throw new DomainRuleException(nameof(ActionInput.EffortHours), "Effort must be between 0 and 10,000 hours.");
        }

        if (input.BudgetAmount is < 0 or > 10_000_000)
        {
            throw new DomainRuleException(nameof(ActionInput.BudgetAmount), "Budget must be between 0 and 10,000,000.");
        }

        var currency = NormaliseCurrency(input.BudgetCurrency, input.BudgetAmount);
        if (input.GoalId is { } goalId && _goals.All(g => g.Id != goalId))
        {
            throw new DomainRuleException(nameof(ActionInput.GoalId), "Choose one of this plan's goals.");
        }

        if (input.RequirementId is { } requirementId && _requirements.All(r => r.Id != requirementId))
        {
            throw new DomainRuleException(nameof(ActionInput.RequirementId), "Choose one of this plan's requirements.");
        }

        if (input is { Start: { } start, Deadline: { } deadline } && deadline < start)
        {
            throw new DomainRuleException(nameof(ActionInput.Deadline), "The deadline cannot be before the start.");
        }

        var status = Guard.Defined(input.Status, nameof(ActionInput.Status), "Status");
        var percent = CheckPercent(input.PercentDone, nameof(ActionInput.PercentDone));

        action.Title = title;
        action.Kind = kind;
        action.Specific = specific;
        action.Measure = measure;
        action.EffortHours = input.EffortHours;
        action.Resources = resources;
        action.BudgetAmount = input.BudgetAmount;
        action.BudgetCurrency = currency;
        action.GoalId = input.GoalId;
        action.RequirementId = input.RequirementId;
        action.Start = input.Start;
        action.Deadline = input.Deadline;
        (action.Status, action.PercentDone) = Consistent(status, percent);
    }

    private static string? NormaliseCurrency(string? currency, decimal? amount)
    {
        var code = currency?.Trim().ToUpperInvariant() ?? "";
        if (code.Length == 0)
        {
            return amount is > 0
                ? throw new DomainRuleException(nameof(ActionInput.BudgetCurrency), "Give the currency of the budget (e.g. EUR).")
                : null;
        }

        if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
        {
            throw new DomainRuleException(nameof(ActionInput.BudgetCurrency), "Currency must be a three-letter code such as EUR, USD or GBP.");
        }

        return code;
    }

    private static int CheckPercent(int percent, string field) =>
        percent is < 0 or > 100
            ? throw new DomainRuleException(field, "Progress must be between 0 and 100 %.")
            : percent;

    /// <summary>Done means 100 %; progress on a not-started action means it has started.</summary>
    private static (ActionStatus, int) Consistent(ActionStatus status, int percent) => status switch
    {
        ActionStatus.Done => (status, 100),
        ActionStatus.NotStarted when percent > 0 => (ActionStatus.InProgress, percent),
        _ => (status, percent),
    };

    // ---- Step 5 ----

    public Review RecordReview(ReviewInput input, DateTimeOffset now)
    {
        if (input.Date > Today(now))
        {
            throw new DomainRuleException(nameof(ReviewInput.Date), "A review cannot be dated in the future.");
        }

        if (input.Date < Today(now).AddYears(-10))
        {
            throw new DomainRuleException(nameof(ReviewInput.Date), "A review more than 10 years ago is probably a typo: check the year.");
        }

        var reflection = Guard.Optional(input.Reflection, nameof(ReviewInput.Reflection), "Reflection", Limits.LongText);
        var changes = Guard.Optional(input.Changes, nameof(ReviewInput.Changes), "What you are changing", Limits.LongText);
        if (input.Progress.GroupBy(p => p.ActionId).Any(g => g.Count() > 1))
        {
            throw new DomainRuleException(nameof(ReviewInput.Progress), "Each action can be reported once per review.");
        }

        var progress = new List<(PlanAction Action, ActionStatus Status, int Percent)>();
        foreach (var item in input.Progress)
        {
            var action = _actions.FirstOrDefault(a => a.Id == item.ActionId)
                ?? throw new DomainRuleException(nameof(ReviewInput.Progress), "The review mentions an action that is not in this plan.");
            var status = Guard.Defined(item.Status, nameof(ReviewInput.Progress), "Status");
            var (consistentStatus, percent) = Consistent(status, CheckPercent(item.PercentDone, nameof(ReviewInput.Progress)));
            progress.Add((action, consistentStatus, percent));
        }

        foreach (var (action, status, percent) in progress)
        {
            (action.Status, action.PercentDone) = (status, percent);
        }

        var review = new Review(
            this,
            input.Date,
            reflection,
            changes,
            progress.Select(p => new ActionProgress(p.Action.Id, p.Status, p.Percent)),
            TakeSnapshot(),
            now);
        _reviews.Add(review);
        LastReviewDate = LastReviewDate is { } last && last > input.Date ? last : input.Date;
        Touch(now);
        return review;
    }

    /// <summary>Open actions whose deadline has passed, the most overdue first.</summary>
    public IReadOnlyList<PlanAction> OverdueActions(DateOnly today) =>
        [.. _actions.Where(a => a.IsOpen && a.Deadline < today).OrderBy(a => a.Deadline)];

    public Guid AddMilestone(MilestoneInput input, DateTimeOffset now)
    {
        Guard.Room(_milestones, nameof(MilestoneInput.Note), "milestones");
        var milestone = new Milestone(Guid.NewGuid());
        Apply(milestone, input, Today(now));
        _milestones.Add(milestone);
        Touch(now);
        return milestone.Id;
    }

    public void UpdateMilestone(Guid id, MilestoneInput input, DateTimeOffset now)
    {
        Apply(Find(_milestones, id, m => m.Id, "milestone"), input, Today(now));
        Touch(now);
    }

    public void RemoveMilestone(Guid id, DateTimeOffset now) => Remove(_milestones, id, m => m.Id, "milestone", now);

    private static void Apply(Milestone milestone, MilestoneInput input, DateOnly today)
    {
        var kind = Guard.Defined(input.Kind, nameof(MilestoneInput.Kind), "Kind");
        if (input.Date > today)
        {
            throw new DomainRuleException(nameof(MilestoneInput.Date), "A milestone is recorded once reached: its date cannot be in the future.");
        }

        var note = Guard.Optional(input.Note, nameof(MilestoneInput.Note), "Note", Limits.ShortText);
        (milestone.Kind, milestone.Date, milestone.Note) = (kind, input.Date, note);
    }

    public PlanSnapshot TakeSnapshot() => new(
        PlanSnapshot.CurrentSchemaVersion,
        Title,
        [.. _skills.Select(s => new PlanSnapshot.SkillState(s.Name, s.Level))],
        [.. _goals.Select(g => new PlanSnapshot.GoalState(g.Id, g.Horizon, g.Title, g.TargetDate))],
        [.. _requirements.Select(r => new PlanSnapshot.RequirementState(r.Id, r.Name, r.RequiredLevel, CurrentLevelOf(r), r.Priority))],
        [.. _actions.Select(a => new PlanSnapshot.ActionState(a.Id, a.Title, a.Status, a.PercentDone, a.Deadline))],
        GapReport.Of(this).ReadinessPercent);

    /// <summary>The current level of a requirement: the step-1 skill of the same name, else what was set here.</summary>
    public SkillLevel? CurrentLevelOf(Requirement requirement) => SkillNamed(requirement.Name)?.Level ?? requirement.CurrentLevel;

    // ---- Mentor review ----

    /// <summary>Creates a share link; the caller made the token and keeps it, the plan keeps its hash.</summary>
    public ShareLink ShareWith(string tokenHash, ShareLinkInput input, DateTimeOffset now)
    {
        if (tokenHash.Length != ShareLink.TokenHashLength)
        {
            throw new ArgumentException("Expected a hex SHA-256 hash.", nameof(tokenHash));
        }

        var label = Guard.Required(input.Label, nameof(ShareLinkInput.Label), "Label", MentorComment.AuthorMaxLength);
        if (input.ExpiresAt is { } expires && expires <= now)
        {
            throw new DomainRuleException(nameof(ShareLinkInput.ExpiresAt), "The expiry must be in the future.");
        }

        var link = new ShareLink(this, tokenHash, label, input.ExpiresAt, input.AllowComments, input.AllowRatings, now);
        _shareLinks.Add(link);
        return link;
    }

    public void RevokeLink(int linkId, DateTimeOffset now) =>
        (_shareLinks.FirstOrDefault(l => l.Id == linkId) ?? throw NotFound("share link")).Revoke(now);

    public MentorComment AddMentorComment(ShareLink link, PlanStep step, string? authorName, string? body, DateTimeOffset now)
    {
        EnsureUsable(link, now, link.AllowComments, "comments");
        var comment = new MentorComment(
            this,
            link,
            Guard.Defined(step, "Step", "Step"),
            Guard.Required(authorName, "AuthorName", "Your name", MentorComment.AuthorMaxLength),
            Guard.Required(body, "Body", "Comment", MentorComment.BodyMaxLength),
            now);
        _mentorComments.Add(comment);
        return comment;
    }

    public void RateRequirement(ShareLink link, Guid requirementId, SkillLevel level, DateTimeOffset now)
    {
        EnsureUsable(link, now, link.AllowRatings, "ratings");
        if (_requirements.All(r => r.Id != requirementId))
        {
            throw NotFound("requirement");
        }

        level = Guard.Level(level, "Level", "Rating");
        var existing = _mentorRatings.FirstOrDefault(r => r.RequirementId == requirementId && IsSameLink(r, link));
        if (existing is null)
        {
            _mentorRatings.Add(new MentorRating(this, link, requirementId, level, now));
        }
        else
        {
            existing.Change(level, now);
        }
    }

    public void MarkCommentsRead(DateTimeOffset now)
    {
        foreach (var comment in _mentorComments)
        {
            comment.MarkRead(now);
        }
    }

    public void ResolveComment(int commentId, DateTimeOffset now) =>
        (_mentorComments.FirstOrDefault(c => c.Id == commentId) ?? throw NotFound("comment")).Resolve(now);

    private void EnsureUsable(ShareLink link, DateTimeOffset now, bool allowed, string what)
    {
        if (!_shareLinks.Contains(link) || !link.IsActiveAt(now))
        {
            throw new DomainRuleException("", "This link is no longer active.");
        }

        if (!allowed)
        {
            throw new DomainRuleException("", $"The planner did not allow {what} through this link.");
        }
    }

    // ---- shared mechanics ----

    private static bool IsSameLink(MentorRating rating, ShareLink link) =>
        ReferenceEquals(rating.ShareLink, link) || (link.Id != 0 && rating.ShareLinkId == link.Id);

    private static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime);

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now.UtcDateTime;
        Version++;
    }

    private static T Find<T>(List<T> list, Guid id, Func<T, Guid> idOf, string what) =>
        list.FirstOrDefault(x => idOf(x) == id) ?? throw NotFound(what);

    private void Remove<T>(List<T> list, Guid id, Func<T, Guid> idOf, string what, DateTimeOffset now)
    {
        list.Remove(Find(list, id, idOf, what));
        Touch(now);
    }

    private void Move<T>(List<T> list, Guid id, Func<T, Guid> idOf, Func<T, T> copy, int offset, DateTimeOffset now)
    {
        var from = list.FindIndex(x => idOf(x) == id);
        if (from < 0)
        {
            throw NotFound(typeof(T).Name.ToLowerInvariant());
        }

        var to = Math.Clamp(from + offset, 0, list.Count - 1);
        if (to == from)
        {
            return;
        }

        var reordered = list.ToList();
        var item = reordered[from];
        reordered.RemoveAt(from);
        reordered.Insert(to, item);
        list.Clear();
        list.AddRange(reordered.Select(copy));
        Touch(now);
    }

    private static PlanPartNotFoundException NotFound(string what) => new($"That {what} is not part of this plan (it may have been removed in another tab).");
}
