namespace CareerPlanner.Web.Domain.Plans;

/// <summary>Step 5, progress reviews: check-ins that freeze a snapshot, milestones, and the rhythm of reviews.</summary>
public sealed partial class Plan
{
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

    public Guid AddMilestone(MilestoneInput input, DateTimeOffset now) =>
        Add(_milestones, new Milestone(Guid.NewGuid()), m => Apply(m, input, Today(now)), nameof(MilestoneInput.Note), now);

    public void UpdateMilestone(Guid id, MilestoneInput input, DateTimeOffset now) => Update(_milestones, id, m => Apply(m, input, Today(now)), now);

    public void RemoveMilestone(Guid id, DateTimeOffset now) => Remove(_milestones, id, now);

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
}
