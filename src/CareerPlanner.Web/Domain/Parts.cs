namespace CareerPlanner.Web.Domain;

/// <summary>A skill the person rated themselves on (step 1).</summary>
public sealed class Skill
{
    internal Skill() { }

    internal Skill(Guid id, string name, SkillLevel level, string evidence)
    {
        Id = id;
        Name = name;
        Level = level;
        Evidence = evidence;
    }

    public Guid Id { get; private set; }

    /// <summary>A copy with the same id: EF Core writes a JSON list in order only for new instances, so reordering swaps in copies.</summary>
    internal Skill Copy() => (Skill)MemberwiseClone();
    public string Name { get; internal set; } = "";
    public SkillLevel Level { get; internal set; }
    public string Evidence { get; internal set; } = "";
}

/// <summary>A past or current job (step 1). <see cref="To"/> is null for the current one.</summary>
public sealed class Experience
{
    internal Experience() { }

    internal Experience(Guid id) => Id = id;

    public Guid Id { get; private set; }

    /// <summary>A copy with the same id: EF Core writes a JSON list in order only for new instances, so reordering swaps in copies.</summary>
    internal Experience Copy() => (Experience)MemberwiseClone();
    public string Role { get; internal set; } = "";
    public string Organisation { get; internal set; } = "";
    public DateOnly From { get; internal set; }
    public DateOnly? To { get; internal set; }
    public string Highlights { get; internal set; } = "";

    public bool IsCurrent => To is null;
}

/// <summary>A goal for one horizon (step 2).</summary>
public sealed class Goal
{
    internal Goal() { }

    internal Goal(Guid id) => Id = id;

    public Guid Id { get; private set; }

    /// <summary>A copy with the same id: EF Core writes a JSON list in order only for new instances, so reordering swaps in copies.</summary>
    internal Goal Copy() => (Goal)MemberwiseClone();
    public GoalHorizon Horizon { get; internal set; }
    public string Title { get; internal set; } = "";
    public string Description { get; internal set; } = "";
    public DateOnly TargetDate { get; internal set; }
}

/// <summary>One requirement of the target role (step 3).</summary>
public sealed class Requirement
{
    internal Requirement() { }

    internal Requirement(Guid id) => Id = id;

    public Guid Id { get; private set; }

    /// <summary>A copy with the same id: EF Core writes a JSON list in order only for new instances, so reordering swaps in copies.</summary>
    internal Requirement Copy() => (Requirement)MemberwiseClone();
    public RequirementKind Kind { get; internal set; }
    public string Name { get; internal set; } = "";
    public SkillLevel RequiredLevel { get; internal set; }

    /// <summary>The level the person set here; used only when no step-1 skill has the same name.</summary>
    public SkillLevel? CurrentLevel { get; internal set; }
    public ClosingMethod ClosedBy { get; internal set; }
    public Priority Priority { get; internal set; }
}

/// <summary>A SMART action (step 4).</summary>
public sealed class PlanAction
{
    internal PlanAction() { }

    internal PlanAction(Guid id) => Id = id;

    public Guid Id { get; private set; }

    /// <summary>A copy with the same id: EF Core writes a JSON list in order only for new instances, so reordering swaps in copies.</summary>
    internal PlanAction Copy() => (PlanAction)MemberwiseClone();
    public string Title { get; internal set; } = "";
    public ActionKind Kind { get; internal set; }

    /// <summary>Specific: what exactly will be done.</summary>
    public string Specific { get; internal set; } = "";

    /// <summary>Measurable: how success is measured.</summary>
    public string Measure { get; internal set; } = "";

    /// <summary>Achievable: effort, resources and budget.</summary>
    public decimal? EffortHours { get; internal set; }
    public string Resources { get; internal set; } = "";
    public decimal? BudgetAmount { get; internal set; }
    public string? BudgetCurrency { get; internal set; }

    /// <summary>Relevant: which goal and/or requirement it serves.</summary>
    public Guid? GoalId { get; internal set; }
    public Guid? RequirementId { get; internal set; }

    /// <summary>Time-bound.</summary>
    public DateOnly? Start { get; internal set; }
    public DateOnly? Deadline { get; internal set; }

    public ActionStatus Status { get; internal set; } = ActionStatus.NotStarted;
    public int PercentDone { get; internal set; }

    public bool IsOpen => Status is ActionStatus.NotStarted or ActionStatus.InProgress;
}

/// <summary>A moment worth celebrating (step 5).</summary>
public sealed class Milestone
{
    internal Milestone() { }

    internal Milestone(Guid id) => Id = id;

    public Guid Id { get; private set; }

    /// <summary>A copy with the same id: EF Core writes a JSON list in order only for new instances, so reordering swaps in copies.</summary>
    internal Milestone Copy() => (Milestone)MemberwiseClone();
    public MilestoneKind Kind { get; internal set; }
    public DateOnly Date { get; internal set; }
    public string Note { get; internal set; } = "";
}

/// <summary>Status and progress of one action as recorded at a review.</summary>
public sealed class ActionProgress
{
    internal ActionProgress() { }

    internal ActionProgress(Guid actionId, ActionStatus status, int percentDone)
    {
        ActionId = actionId;
        Status = status;
        PercentDone = percentDone;
    }

    public Guid ActionId { get; private set; }
    public ActionStatus Status { get; private set; }
    public int PercentDone { get; private set; }
}
