namespace CareerPlanner.Web.Domain.Plans;

/// <summary>Step 3, gap analysis: the target role and what it requires, against where the person stands.</summary>
public sealed partial class Plan
{
    public string TargetRoleTitle { get; private set; } = "";
    public string TargetRoleDescription { get; private set; } = "";
    public IReadOnlyList<Requirement> Requirements => _requirements;

    public void DescribeTargetRole(string? title, string? description, DateTimeOffset now)
    {
        TargetRoleTitle = Guard.Optional(title, nameof(TargetRoleTitle), "Target role", Limits.Title);
        TargetRoleDescription = Guard.Optional(description, nameof(TargetRoleDescription), "Role description", Limits.LongText);
        Touch(now);
    }

    public Guid AddRequirement(RequirementInput input, DateTimeOffset now) =>
        Add(_requirements, new Requirement(Guid.NewGuid()), r => Apply(r, input), nameof(RequirementInput.Name), now);

    public void UpdateRequirement(Guid id, RequirementInput input, DateTimeOffset now) => Update(_requirements, id, r => Apply(r, input), now);

    /// <summary>Removes the requirement and the mentors' ratings of it; actions that served it stay, no longer linked.</summary>
    public void RemoveRequirement(Guid id, DateTimeOffset now)
    {
        Remove(_requirements, id, now);
        foreach (var action in _actions.Where(a => a.RequirementId == id))
        {
            action.RequirementId = null;
        }

        _mentorRatings.RemoveAll(r => r.RequirementId == id);
    }

    public void MoveRequirement(Guid id, int offset, DateTimeOffset now) => Move(_requirements, id, offset, now);

    private void Apply(Requirement requirement, RequirementInput input)
    {
        var name = Guard.Required(input.Name, nameof(RequirementInput.Name), "Requirement", Limits.Name);
        if (_requirements.Any(r => r != requirement && string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainRuleException(nameof(RequirementInput.Name), $"The role already has a requirement called “{name}”.");
        }

        requirement.Kind = Guard.Defined(input.Kind, nameof(RequirementInput.Kind), "Kind");
        requirement.Name = name;
        requirement.RequiredLevel = Guard.Level(input.RequiredLevel, nameof(RequirementInput.RequiredLevel), "Required level");
        requirement.CurrentLevel = input.CurrentLevel is { } current
            ? Guard.Level(current, nameof(RequirementInput.CurrentLevel), "Current level")
            : null;
        requirement.ClosedBy = Guard.Defined(input.ClosedBy, nameof(RequirementInput.ClosedBy), "Way to close it");
        requirement.Priority = Guard.Defined(input.Priority, nameof(RequirementInput.Priority), "Priority");
    }

    /// <summary>The current level of a requirement: the step-1 skill of the same name, else what was set here.</summary>
    public SkillLevel? CurrentLevelOf(Requirement requirement) => SkillNamed(requirement.Name)?.Level ?? requirement.CurrentLevel;
}
