using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.OutputCaching;

namespace CareerPlanner.Web.Pages.Plans.Steps.GapAnalysis;

[OutputCache(PolicyName = PageCaching.OwnerPlanPage)]
public sealed class GapAnalysisModel(AppDbContext db, TimeProvider clock) : StepPageModel<GapAnalysisModel.Form>(db, clock)
{
    public const string RequirementsList = "requirements";

    public override PlanStep Step => PlanStep.GapAnalysis;

    public GapReport Analysis { get; private set; } = default!;

    public GapChart Chart { get; private set; } = default!;

    /// <summary>Requirement id → the step-1 skill level it takes its current level from.</summary>
    public IReadOnlyDictionary<Guid, SkillLevel> FromSelfAssessment { get; private set; } = new Dictionary<Guid, SkillLevel>();

    /// <summary>The step-1 skills' names, offered while naming a requirement (a match takes the skill's level).</summary>
    public IReadOnlyList<string> SkillNames { get; private set; } = [];

    /// <summary>Mentors' ratings of each requirement's current level, with the disagreement flag.</summary>
    public IReadOnlyDictionary<Guid, IReadOnlyList<RatingView>> Ratings { get; private set; } = new Dictionary<Guid, IReadOnlyList<RatingView>>();

    protected override bool ShowsRatings => true;

    protected override void TakeRatings(IReadOnlyList<MentorFeedback.Rating> ratings) => Ratings = RatingView.ByRequirement(ratings, Analysis);

    protected override void LoadFrom(Plan plan)
    {
        base.LoadFrom(plan);
        Analysis = GapReport.Of(plan);
        Chart = GapChart.Of(Analysis);
        SkillNames = [.. plan.Skills.Select(s => s.Name)];
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
        const string list = nameof(Form.Requirements);
        RequireInRows(input.Requirements, list, nameof(RequirementRow.Kind), r => r.Kind, "Choose a kind.");
        RequireInRows(input.Requirements, list, nameof(RequirementRow.RequiredLevel), r => r.RequiredLevel, "Choose the required level, 1 to 5.");
        RequireInRows(input.Requirements, list, nameof(RequirementRow.ClosedBy), r => r.ClosedBy, "Choose what would close the gap.");
        RequireInRows(input.Requirements, list, nameof(RequirementRow.Priority), r => r.Priority, "Choose a priority.");
    }

    protected override void Apply(Plan plan, Form input)
    {
        Collect("Input", () => plan.DescribeTargetRole(input.TargetRoleTitle, input.TargetRoleDescription, Now));
        ApplyRows(input.Requirements, nameof(Form.Requirements),
            row => new RequirementInput(row.Kind ?? 0, row.Name, (SkillLevel)(row.RequiredLevel ?? 0), (SkillLevel?)row.CurrentLevel, row.ClosedBy ?? 0, row.Priority ?? 0),
            (id, requirement) => plan.UpdateRequirement(id, requirement, Now),
            requirement => plan.AddRequirement(requirement, Now));
    }

    protected override IReadOnlyDictionary<string, ListEdits> ListsOf(Plan plan) => new Dictionary<string, ListEdits>
    {
        [RequirementsList] = new(id => plan.RemoveRequirement(id, Now), (id, by) => plan.MoveRequirement(id, by, Now)),
    };

    public sealed class Form
    {
        public string? TargetRoleTitle { get; set; }
        public string? TargetRoleDescription { get; set; }
        public List<RequirementRow> Requirements { get; set; } = [];
    }

    public sealed class RequirementRow : IFormRow
    {
        public Guid? Id { get; set; }
        [Display(Name = "Kind")]
        public RequirementKind? Kind { get; set; }
        public string? Name { get; set; }
        [Display(Name = "Required level")]
        public int? RequiredLevel { get; set; }
        [Display(Name = "Current level")]
        public int? CurrentLevel { get; set; }
        [Display(Name = "What would close it")]
        public ClosingMethod? ClosedBy { get; set; }
        [Display(Name = "Priority")]
        public Priority? Priority { get; set; }

        public bool IsBlank => Id is null && Kind is null && string.IsNullOrWhiteSpace(Name) && RequiredLevel is null
            && CurrentLevel is null && ClosedBy is null && Priority is null;
    }
}
