namespace CareerPlanner.Web.Domain.Plans;

/// <summary>A SMART action (step 4).</summary>
public sealed class PlanAction : IPlanPart<PlanAction>
{
    internal PlanAction() { }

    internal PlanAction(Guid id) => Id = id;

    public Guid Id { get; private set; }

    static string IPlanPart<PlanAction>.Noun => "action";

    PlanAction IPlanPart<PlanAction>.Copy() => (PlanAction)MemberwiseClone();

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
