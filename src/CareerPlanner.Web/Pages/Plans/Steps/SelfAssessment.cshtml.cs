using CareerPlanner.Web.Data;
using CareerPlanner.Web.Domain;

namespace CareerPlanner.Web.Pages.Plans.Steps;

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
        for (var i = 0; i < input.Skills.Count; i++)
        {
            if (!input.Skills[i].IsBlank && input.Skills[i].Level is null)
            {
                ModelState.AddModelError($"Input.Skills[{i}].Level", "Choose a level from 1 (Novice) to 5 (Expert).");
            }
        }

        for (var i = 0; i < input.Experiences.Count; i++)
        {
            if (!input.Experiences[i].IsBlank && input.Experiences[i].From is null && !ModelState.ContainsKey($"Input.Experiences[{i}].From"))
            {
                ModelState.AddModelError($"Input.Experiences[{i}].From", "Enter when it started.");
            }
        }
    }

    protected override void Apply(Plan plan, Form input)
    {
        Collect("Input", () => plan.DescribeSelf(input.Strengths, input.Motivators, input.ExcelsAt, input.StrugglesWith, Now));
        for (var i = 0; i < input.Skills.Count; i++)
        {
            var row = input.Skills[i];
            var skill = new SkillInput(row.Name, (SkillLevel)(row.Level ?? 0), row.Evidence);
            if (row.Id is { } id)
            {
                Collect($"Input.Skills[{i}]", () => plan.UpdateSkill(id, skill, Now));
            }
            else if (!row.IsBlank)
            {
                Collect($"Input.Skills[{i}]", () => plan.AddSkill(skill, Now));
            }
        }

        for (var i = 0; i < input.Experiences.Count; i++)
        {
            var row = input.Experiences[i];
            var experience = new ExperienceInput(row.Role, row.Organisation, row.From ?? default, row.To, row.Highlights);
            if (row.Id is { } id)
            {
                Collect($"Input.Experiences[{i}]", () => plan.UpdateExperience(id, experience, Now));
            }
            else if (!row.IsBlank)
            {
                Collect($"Input.Experiences[{i}]", () => plan.AddExperience(experience, Now));
            }
        }
    }

    protected override void ApplyListCommand(Plan plan, StepCommand command)
    {
        switch (command.List, command.Kind)
        {
            case (SkillsList, StepCommandKind.Remove):
                plan.RemoveSkill(command.ItemId, Now);
                break;
            case (SkillsList, StepCommandKind.Move):
                plan.MoveSkill(command.ItemId, command.Offset, Now);
                break;
            case (ExperiencesList, StepCommandKind.Remove):
                plan.RemoveExperience(command.ItemId, Now);
                break;
            case (ExperiencesList, StepCommandKind.Move):
                plan.MoveExperience(command.ItemId, command.Offset, Now);
                break;
            default:
                break;
        }
    }

    public sealed class Form
    {
        public string? Strengths { get; set; }
        public string? Motivators { get; set; }
        public string? ExcelsAt { get; set; }
        public string? StrugglesWith { get; set; }
        public List<SkillRow> Skills { get; set; } = [];
        public List<ExperienceRow> Experiences { get; set; } = [];
    }

    public sealed class SkillRow
    {
        public Guid? Id { get; set; }
        public string? Name { get; set; }
        /// <summary>A number, not the enum, so 0 or 6 reach the plan's rule and its message.</summary>
        public int? Level { get; set; }
        public string? Evidence { get; set; }

        public bool IsBlank => Id is null && string.IsNullOrWhiteSpace(Name) && Level is null && string.IsNullOrWhiteSpace(Evidence);
    }

    public sealed class ExperienceRow
    {
        public Guid? Id { get; set; }
        public string? Role { get; set; }
        public string? Organisation { get; set; }
        public DateOnly? From { get; set; }
        public DateOnly? To { get; set; }
        public string? Highlights { get; set; }

        public bool IsBlank => Id is null && string.IsNullOrWhiteSpace(Role) && string.IsNullOrWhiteSpace(Organisation)
            && From is null && To is null && string.IsNullOrWhiteSpace(Highlights);
    }
}
