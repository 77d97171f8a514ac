using CareerPlanner.Web.Data;
using CareerPlanner.Web.Domain;
using CareerPlanner.Web.Services;

namespace CareerPlanner.Web.Pages.Plans.Steps;

public sealed class GapAnalysisModel(AppDbContext db, TimeProvider clock) : StepPageModel<GapAnalysisModel.Form>(db, clock)
{
    public const string RequirementsList = "requirements";

    public override PlanStep Step => PlanStep.GapAnalysis;

    public GapAnalysis Analysis { get; private set; } = default!;

    public GapChart Chart { get; private set; } = default!;

    /// <summary>Requirement id → the step-1 skill level it takes its current level from.</summary>
    public IReadOnlyDictionary<Guid, SkillLevel> FromSelfAssessment { get; private set; } = new Dictionary<Guid, SkillLevel>();

    protected override void Show(Plan plan)
    {
        base.Show(plan);
        Analysis = GapAnalysis.Of(plan);
        Chart = GapChart.Of(Analysis);
        FromSelfAssessment = Analysis.Gaps
            .Where(g => g.Source == CurrentLevelSource.SelfAssessment)
            .ToDictionary(g => g.Requirement.Id, g => (SkillLevel)g.Current);
    }

    protected override Form ToInput(Plan plan) => new()
    {
        TargetRoleTitle = plan.TargetRoleTitle,
        TargetRoleDescription = plan.TargetRoleDescription,
        Requirements =
        [
            .. plan.Requirements.Select(r => new RequirementRow
            {
                Id = r.Id, Kind = r.Kind, Name = r.Name, RequiredLevel = (int)r.RequiredLevel, CurrentLevel = (int?)r.CurrentLevel, ClosedBy = r.ClosedBy, Priority = r.Priority,
            }),
            new RequirementRow(),
        ],
    };

    protected override void Validate(Form input)
    {
        for (var i = 0; i < input.Requirements.Count; i++)
        {
            var row = input.Requirements[i];
            if (row.IsBlank)
            {
                continue;
            }

            Require(row.Kind, i, nameof(RequirementRow.Kind), "Choose a kind.");
            Require(row.RequiredLevel, i, nameof(RequirementRow.RequiredLevel), "Choose the required level, 1 to 5.");
            Require(row.ClosedBy, i, nameof(RequirementRow.ClosedBy), "Choose what would close the gap.");
            Require(row.Priority, i, nameof(RequirementRow.Priority), "Choose a priority.");
        }
    }

    private void Require<T>(T? value, int row, string field, string message) where T : struct
    {
        var key = $"Input.Requirements[{row}].{field}";
        if (value is null && !ModelState.ContainsKey(key))
        {
            ModelState.AddModelError(key, message);
        }
    }

    protected override void Apply(Plan plan, Form input)
    {
        Collect("Input", () => plan.DescribeTargetRole(input.TargetRoleTitle, input.TargetRoleDescription, Now));
        for (var i = 0; i < input.Requirements.Count; i++)
        {
            var row = input.Requirements[i];
            var requirement = new RequirementInput(row.Kind ?? 0, row.Name, (SkillLevel)(row.RequiredLevel ?? 0), (SkillLevel?)row.CurrentLevel, row.ClosedBy ?? 0, row.Priority ?? 0);
            if (row.Id is { } id)
            {
                Collect($"Input.Requirements[{i}]", () => plan.UpdateRequirement(id, requirement, Now));
            }
            else if (!row.IsBlank)
            {
                Collect($"Input.Requirements[{i}]", () => plan.AddRequirement(requirement, Now));
            }
        }
    }

    protected override void ApplyListCommand(Plan plan, StepCommand command)
    {
        switch (command.List, command.Kind)
        {
            case (RequirementsList, StepCommandKind.Remove):
                plan.RemoveRequirement(command.ItemId, Now);
                break;
            case (RequirementsList, StepCommandKind.Move):
                plan.MoveRequirement(command.ItemId, command.Offset, Now);
                break;
            default:
                break;
        }
    }

    public sealed class Form
    {
        public string? TargetRoleTitle { get; set; }
        public string? TargetRoleDescription { get; set; }
        public List<RequirementRow> Requirements { get; set; } = [];
    }

    public sealed class RequirementRow
    {
        public Guid? Id { get; set; }
        public RequirementKind? Kind { get; set; }
        public string? Name { get; set; }
        public int? RequiredLevel { get; set; }
        public int? CurrentLevel { get; set; }
        public ClosingMethod? ClosedBy { get; set; }
        public Priority? Priority { get; set; }

        public bool IsBlank => Id is null && Kind is null && string.IsNullOrWhiteSpace(Name) && RequiredLevel is null
            && CurrentLevel is null && ClosedBy is null && Priority is null;
    }
}
