namespace CareerPlanner.Web.Domain.Plans;

/// <summary>Step 1, self-assessment: what the person brings — strengths in their own words, rated skills, past experience.</summary>
public sealed partial class Plan
{
    public string Strengths { get; private set; } = "";
    public string Motivators { get; private set; } = "";
    public string ExcelsAt { get; private set; } = "";
    public string StrugglesWith { get; private set; } = "";
    public IReadOnlyList<Skill> Skills => _skills;
    public IReadOnlyList<Experience> Experiences => _experiences;

    public void DescribeSelf(string? strengths, string? motivators, string? excelsAt, string? strugglesWith, DateTimeOffset now)
    {
        Strengths = Guard.Optional(strengths, nameof(Strengths), "Strengths", Limits.LongText);
        Motivators = Guard.Optional(motivators, nameof(Motivators), "What motivates you", Limits.LongText);
        ExcelsAt = Guard.Optional(excelsAt, nameof(ExcelsAt), "Where you excel", Limits.LongText);
        StrugglesWith = Guard.Optional(strugglesWith, nameof(StrugglesWith), "Where you struggle", Limits.LongText);
        Touch(now);
    }

    public Guid AddSkill(SkillInput input, DateTimeOffset now) => Add(_skills, new Skill(Guid.NewGuid()), s => Apply(s, input), nameof(SkillInput.Name), now);

    public void UpdateSkill(Guid id, SkillInput input, DateTimeOffset now) => Update(_skills, id, s => Apply(s, input), now);

    public void RemoveSkill(Guid id, DateTimeOffset now) => Remove(_skills, id, now);

    public void MoveSkill(Guid id, int offset, DateTimeOffset now) => Move(_skills, id, offset, now);

    /// <summary>The step-1 skill whose name matches, ignoring case and surrounding spaces.</summary>
    public Skill? SkillNamed(string name) =>
        _skills.FirstOrDefault(s => string.Equals(s.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    private void Apply(Skill skill, SkillInput input)
    {
        var name = Guard.Required(input.Name, nameof(SkillInput.Name), "Skill name", Limits.Name);
        if (_skills.Any(s => s != skill && string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainRuleException(nameof(SkillInput.Name), $"You already have a skill called “{name}”.");
        }

        var level = Guard.Level(input.Level, nameof(SkillInput.Level), "Level");
        var evidence = Guard.Optional(input.Evidence, nameof(SkillInput.Evidence), "Evidence", Limits.ShortText);
        (skill.Name, skill.Level, skill.Evidence) = (name, level, evidence);
    }

    public Guid AddExperience(ExperienceInput input, DateTimeOffset now) =>
        Add(_experiences, new Experience(Guid.NewGuid()), e => Apply(e, input, Today(now)), nameof(ExperienceInput.Role), now);

    public void UpdateExperience(Guid id, ExperienceInput input, DateTimeOffset now) => Update(_experiences, id, e => Apply(e, input, Today(now)), now);

    public void RemoveExperience(Guid id, DateTimeOffset now) => Remove(_experiences, id, now);

    public void MoveExperience(Guid id, int offset, DateTimeOffset now) => Move(_experiences, id, offset, now);

    private static void Apply(Experience experience, ExperienceInput input, DateOnly today)
    {
        var role = Guard.Required(input.Role, nameof(ExperienceInput.Role), "Role", Limits.Title);
        var organisation = Guard.Optional(input.Organisation, nameof(ExperienceInput.Organisation), "Organisation", Limits.Title);
        var highlights = Guard.Optional(input.Highlights, nameof(ExperienceInput.Highlights), "Highlights", Limits.LongText);
        if (input.From > today)
        {
            throw new DomainRuleException(nameof(ExperienceInput.From), "The start of a past experience cannot be in the future.");
        }

        if (input.To is { } to && to < input.From)
        {
            throw new DomainRuleException(nameof(ExperienceInput.To), "The end cannot be before the start.");
        }

        (experience.Role, experience.Organisation, experience.From, experience.To, experience.Highlights) =
            (role, organisation, input.From, input.To, highlights);
    }
}
