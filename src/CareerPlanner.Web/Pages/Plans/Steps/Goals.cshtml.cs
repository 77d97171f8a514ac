using CareerPlanner.Web.Data;
using CareerPlanner.Web.Domain;

namespace CareerPlanner.Web.Pages.Plans.Steps;

public sealed class GoalsModel(AppDbContext db, TimeProvider clock) : StepPageModel<GoalsModel.Form>(db, clock)
{
    public const string GoalsList = "goals";

    public override PlanStep Step => PlanStep.Goals;

    /// <summary>The saved goals grouped by horizon, soonest target first, for the summary.</summary>
    public IReadOnlyList<(GoalHorizon Horizon, IReadOnlyList<Goal> Goals)> ByHorizon { get; private set; } = [];

    protected override void Show(Plan plan)
    {
        base.Show(plan);
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
        for (var i = 0; i < input.Goals.Count; i++)
        {
            var row = input.Goals[i];
            if (row.IsBlank)
            {
                continue;
            }

            if (row.Horizon is null)
            {
                ModelState.AddModelError($"Input.Goals[{i}].Horizon", "Choose a horizon.");
            }

            if (row.TargetDate is null && !ModelState.ContainsKey($"Input.Goals[{i}].TargetDate"))
            {
                ModelState.AddModelError($"Input.Goals[{i}].TargetDate", "Give a target date after today.");
            }
        }
    }

    protected override void Apply(Plan plan, Form input)
    {
        Collect("Input", () => plan.DescribeAmbition(input.DreamJob, input.Intention, input.Opportunities, Now));
        for (var i = 0; i < input.Goals.Count; i++)
        {
            var row = input.Goals[i];
            var goal = new GoalInput(row.Horizon ?? 0, row.Title, row.Description, row.TargetDate ?? default);
            if (row.Id is { } id)
            {
                Collect($"Input.Goals[{i}]", () => plan.UpdateGoal(id, goal, Now));
            }
            else if (!row.IsBlank)
            {
                Collect($"Input.Goals[{i}]", () => plan.AddGoal(goal, Now));
            }
        }
    }

    protected override void ApplyListCommand(Plan plan, StepCommand command)
    {
        switch (command.List, command.Kind)
        {
            case (GoalsList, StepCommandKind.Remove):
                plan.RemoveGoal(command.ItemId, Now);
                break;
            case (GoalsList, StepCommandKind.Move):
                plan.MoveGoal(command.ItemId, command.Offset, Now);
                break;
            default:
                break;
        }
    }

    public sealed class Form
    {
        public string? DreamJob { get; set; }
        public Intention? Intention { get; set; }
        public string? Opportunities { get; set; }
        public List<GoalRow> Goals { get; set; } = [];
    }

    public sealed class GoalRow
    {
        public Guid? Id { get; set; }
        public GoalHorizon? Horizon { get; set; }
        public string? Title { get; set; }
        public string? Description { get; set; }
        public DateOnly? TargetDate { get; set; }

        public bool IsBlank => Id is null && Horizon is null && string.IsNullOrWhiteSpace(Title)
            && string.IsNullOrWhiteSpace(Description) && TargetDate is null;
    }
}
