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

    // ---- shared mechanics: every list of parts is changed through these, so each change moves the version on ----

    private static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime);

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now.UtcDateTime;
        Version++;
    }

    private Guid Add<T>(List<T> list, T part, Action<T> apply, string field, DateTimeOffset now)
        where T : class, IPlanPart<T>
    {
        list.AddChecked(part, apply, field);
        Touch(now);
        return part.Id;
    }

    private void Update<T>(List<T> list, Guid id, Action<T> apply, DateTimeOffset now)
        where T : class, IPlanPart<T>
    {
        apply(list.ById(id));
        Touch(now);
    }

    private void Remove<T>(List<T> list, Guid id, DateTimeOffset now)
        where T : class, IPlanPart<T>
    {
        list.Remove(list.ById(id));
        Touch(now);
    }

    private void Move<T>(List<T> list, Guid id, int offset, DateTimeOffset now)
        where T : class, IPlanPart<T>
    {
        if (list.Move(id, offset))
        {
            Touch(now);
        }
    }

    private static PlanPartNotFoundException NotFound(string what) => PartLists.NotFound(what);
}
