using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.OutputCaching;

namespace CareerPlanner.Web.Pages.Plans.Steps.SelfAssessment;

[OutputCache(PolicyName = PageCaching.OwnerPlanPage)]
public sealed class SelfAssessmentModel(AppDbContext db, TimeProvider clock) : StepPageModel<SelfAssessmentModel.Form>(db, clock)
{
    public const string SkillsList = "skills";
    public const string ExperiencesList = "experiences";

    public override PlanStep Step => PlanStep.SelfAssessment;

    protected override Form ToInput(Plan plan) => new()
    {
        Strengths = plan.Strengths,
        Motivators = plan.Motivators,
        ExcelsAt = plan.ExcelsAt,
        StrugglesWith = plan.StrugglesWith,
        Skills = [.. plan.Skills.Select(s => new SkillRow { Id = s.Id, Name = s.Name, Level = (int)s.Level, Evidence = s.Evidence }), new SkillRow()],
        Experiences =
        [
            .. plan.Experiences.Select(e => new ExperienceRow
            {
                Id = e.Id, Role = e.Role, Organisation = e.Organisation, From = e.From, To = e.To, Highlights = e.Highlights,
            }),
            new ExperienceRow(),
        ],
    };

    protected override void Validate(Form input)
    {
        RequireInRows(input.Skills, nameof(Form.Skills), nameof(SkillRow.Level), r => r.Level, "Choose a level from 1 (Novice) to 5 (Expert).");
        RequireInRows(input.Experiences, nameof(Form.Experiences), nameof(ExperienceRow.From), r => r.From, "Enter when it started.");
    }

    protected override void Apply(Plan plan, Form input)
    {
        Collect("Input", () => plan.DescribeSelf(input.Strengths, input.Motivators, input.ExcelsAt, input.StrugglesWith, Now));
        ApplyRows(input.Skills, nameof(Form.Skills),
            row => new SkillInput(row.Name, (SkillLevel)(row.Level ?? 0), row.Evidence),
            (id, skill) => plan.UpdateSkill(id, skill, Now),
            skill => plan.AddSkill(skill, Now));
        ApplyRows(input.Experiences, nameof(Form.Experiences),
            row => new ExperienceInput(row.Role, row.Organisation, row.From ?? default, row.To, row.Highlights),
            (id, experience) => plan.UpdateExperience(id, experience, Now),
            experience => plan.AddExperience(experience, Now));
    }

    protected override IReadOnlyDictionary<string, ListEdits> ListsOf(Plan plan) => new Dictionary<string, ListEdits>
    {
        [SkillsList] = new(id => plan.RemoveSkill(id, Now), (id, by) => plan.MoveSkill(id, by, Now)),
        [ExperiencesList] = new(id => plan.RemoveExperience(id, Now), (id, by) => plan.MoveExperience(id, by, Now)),
    };

    public sealed class Form
    {
        public string? Strengths { get; set; }
        public string? Motivators { get; set; }
        public string? ExcelsAt { get; set; }
        public string? StrugglesWith { get; set; }
        public List<SkillRow> Skills { get; set; } = [];
        public List<ExperienceRow> Experiences { get; set; } = [];
    }

    public sealed class SkillRow : IFormRow
    {
        public Guid? Id { get; set; }
        public string? Name { get; set; }
        /// <summary>A number, not the enum, so 0 or 6 reach the plan's rule and its message.</summary>
        [Display(Name = "Level")]
        public int? Level { get; set; }
        public string? Evidence { get; set; }

        public bool IsBlank => Id is null && string.IsNullOrWhiteSpace(Name) && Level is null && string.IsNullOrWhiteSpace(Evidence);
    }

    public sealed class ExperienceRow : IFormRow
    {
        public Guid? Id { get; set; }
        public string? Role { get; set; }
        public string? Organisation { get; set; }
        [Display(Name = "From")]
        public DateOnly? From { get; set; }
        [Display(Name = "To")]
        public DateOnly? To { get; set; }
        public string? Highlights { get; set; }

        public bool IsBlank => Id is null && string.IsNullOrWhiteSpace(Role) && string.IsNullOrWhiteSpace(Organisation)
            && From is null && To is null && string.IsNullOrWhiteSpace(Highlights);
    }
}
