using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.OutputCaching;

namespace CareerPlanner.Web.Pages.Plans.Steps.ActionPlan;

[OutputCache(PolicyName = PageCaching.OwnerPlanPage)]
public sealed class ActionPlanModel(AppDbContext db, TimeProvider clock) : StepPageModel<ActionPlanModel.Form>(db, clock)
{
    public const string ActionsList = "actions";

    public override PlanStep Step => PlanStep.ActionPlan;

    public IReadOnlyDictionary<Guid, SmartResult> Smart { get; private set; } = new Dictionary<Guid, SmartResult>();

    public ActionPlanSummary Summary { get; private set; } = default!;

    public TimelineChart Timeline { get; private set; } = default!;

    public List<SelectListItem> GoalOptions { get; private set; } = [];

    public List<SelectListItem> RequirementOptions { get; private set; } = [];

    protected override void LoadFrom(Plan plan)
    {
        base.LoadFrom(plan);
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        Smart = SmartCheck.CheckAll(plan, today).ToDictionary(r => r.Action.Id);
        Summary = ActionPlanSummary.Of(plan);
        Timeline = TimelineChart.Of(plan, today);
        GoalOptions = [.. plan.Goals.Select(g => new SelectListItem($"{g.Title} ({g.Horizon.DisplayName()})", g.Id.ToString()))];
        RequirementOptions = [.. plan.Requirements.Select(r => new SelectListItem($"{r.Name} ({r.Priority.DisplayName().ToLowerInvariant()} priority)", r.Id.ToString()))];
    }

    protected override Form ToInput(Plan plan) => new()
    {
        Actions =
        [
            .. plan.Actions.Select(a => new ActionRow
            {
                Id = a.Id, Title = a.Title, Kind = a.Kind, Specific = a.Specific, Measure = a.Measure, EffortHours = a.EffortHours,
                Resources = a.Resources, BudgetAmount = a.BudgetAmount, BudgetCurrency = a.BudgetCurrency, GoalId = a.GoalId,
                RequirementId = a.RequirementId, Start = a.Start, Deadline = a.Deadline, Status = a.Status, PercentDone = a.PercentDone,
            }),
            new ActionRow(),
        ],
    };

    protected override void Validate(Form input) =>
        RequireInRows(input.Actions, nameof(Form.Actions), nameof(ActionRow.Kind), r => r.Kind, "Choose a kind of action.");

    protected override void Apply(Plan plan, Form input) =>
        ApplyRows(input.Actions, nameof(Form.Actions),
            row => new ActionInput(
                row.Title, row.Kind ?? 0, row.Specific, row.Measure, row.EffortHours, row.Resources, row.BudgetAmount, row.BudgetCurrency,
                row.GoalId, row.RequirementId, row.Start, row.Deadline, row.Status ?? ActionStatus.NotStarted, row.PercentDone ?? 0),
            (id, action) => plan.UpdateAction(id, action, Now),
            action => plan.AddAction(action, Now));

    protected override IReadOnlyDictionary<string, ListEdits> ListsOf(Plan plan) => new Dictionary<string, ListEdits>
    {
        [ActionsList] = new(id => plan.RemoveAction(id, Now), (id, by) => plan.MoveAction(id, by, Now)),
    };

    public sealed class Form
    {
        public List<ActionRow> Actions { get; set; } = [];
    }

    public sealed class ActionRow : IFormRow
    {
        public Guid? Id { get; set; }
        public string? Title { get; set; }
        [Display(Name = "Kind")]
        public ActionKind? Kind { get; set; }
        public string? Specific { get; set; }
        public string? Measure { get; set; }
        [Display(Name = "Effort (hours)")]
        public decimal? EffortHours { get; set; }
        public string? Resources { get; set; }
        [Display(Name = "Budget")]
        public decimal? BudgetAmount { get; set; }
        public string? BudgetCurrency { get; set; }
        [Display(Name = "Goal")]
        public Guid? GoalId { get; set; }
        [Display(Name = "Requirement")]
        public Guid? RequirementId { get; set; }
        [Display(Name = "Start")]
        public DateOnly? Start { get; set; }
        [Display(Name = "Deadline")]
        public DateOnly? Deadline { get; set; }
        [Display(Name = "Status")]
        public ActionStatus? Status { get; set; }
        [Display(Name = "% done")]
        public int? PercentDone { get; set; }

        public bool IsBlank => Id is null && string.IsNullOrWhiteSpace(Title) && Kind is null && string.IsNullOrWhiteSpace(Specific)
            && string.IsNullOrWhiteSpace(Measure) && EffortHours is null && string.IsNullOrWhiteSpace(Resources) && BudgetAmount is null
            && string.IsNullOrWhiteSpace(BudgetCurrency) && GoalId is null && RequirementId is null && Start is null && Deadline is null
            && Status is null or ActionStatus.NotStarted && PercentDone is null or 0;
    }
}
