using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.OutputCaching;

namespace CareerPlanner.Web.Pages.Plans.Steps.Goals;

[OutputCache(PolicyName = PageCaching.OwnerPlanPage)]
public sealed class GoalsModel(AppDbContext db, TimeProvider clock) : StepPageModel<GoalsModel.Form>(db, clock)
{
    public const string GoalsList = "goals";

    public override PlanStep Step => PlanStep.Goals;

    /// <summary>The saved goals grouped by horizon, soonest target first, for the summary.</summary>
    public IReadOnlyList<(GoalHorizon Horizon, IReadOnlyList<Goal> Goals)> ByHorizon { get; private set; } = [];

    protected override void LoadFrom(Plan plan)
    {
        base.LoadFrom(plan);
        ByHorizon = plan.GoalsByHorizon();
    }

    protected override Form ToInput(Plan plan) => new()
    {
        DreamJob = plan.DreamJob,
        Intention = plan.Intention,
        Opportunities = plan.Opportunities,
        Goals =
        [
            .. plan.Goals.Select(g => new GoalRow { Id = g.Id, Horizon = g.Horizon, Title = g.Title, Description = g.Description, TargetDate = g.TargetDate }),
            new GoalRow(),
        ],
    };

    protected override void Validate(Form input)
    {
        RequireInRows(input.Goals, nameof(Form.Goals), nameof(GoalRow.Horizon), r => r.Horizon, "Choose a horizon.");
        RequireInRows(input.Goals, nameof(Form.Goals), nameof(GoalRow.TargetDate), r => r.TargetDate, "Give a target date after today.");
    }

    protected override void Apply(Plan plan, Form input)
    {
        Collect("Input", () => plan.DescribeAmbition(input.DreamJob, input.Intention, input.Opportunities, Now));
        ApplyRows(input.Goals, nameof(Form.Goals),
            row => new GoalInput(row.Horizon ?? 0, row.Title, row.Description, row.TargetDate ?? default),
            (id, goal) => plan.UpdateGoal(id, goal, Now),
            goal => plan.AddGoal(goal, Now));
    }

    protected override IReadOnlyDictionary<string, ListEdits> ListsOf(Plan plan) => new Dictionary<string, ListEdits>
    {
        [GoalsList] = new(id => plan.RemoveGoal(id, Now), (id, by) => plan.MoveGoal(id, by, Now)),
    };

    public sealed class Form
    {
        public string? DreamJob { get; set; }
        [Display(Name = "Intention")]
        public Intention? Intention { get; set; }
        public string? Opportunities { get; set; }
        public List<GoalRow> Goals { get; set; } = [];
    }

    public sealed class GoalRow : IFormRow
    {
        public Guid? Id { get; set; }
        [Display(Name = "Horizon")]
        public GoalHorizon? Horizon { get; set; }
        public string? Title { get; set; }
        public string? Description { get; set; }
        [Display(Name = "Target date")]
        public DateOnly? TargetDate { get; set; }

        public bool IsBlank => Id is null && Horizon is null && string.IsNullOrWhiteSpace(Title)
            && string.IsNullOrWhiteSpace(Description) && TargetDate is null;
    }
}
