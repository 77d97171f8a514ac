namespace CareerPlanner.Web.Domain.Plans;

/// <summary>A skill the person rated themselves on (step 1).</summary>
public sealed class Skill
{
    internal Skill() { }

    internal Skill(Guid id, string name, SkillLevel level, string evidence)
    {
        Id = id;
        Name = name;
        Level = level;
        Evidence = evidence;
    }

    public Guid Id { get; private set; }

    /// <summary>A copy with the same id: EF Core writes a JSON list in order only for new instances, so reordering swaps in copies.</summary>
    internal Skill Copy() => (Skill)MemberwiseClone();
    public string Name { get; internal set; } = "";
    public SkillLevel Level { get; internal set; }
    public string Evidence { get; internal set; } = "";
}
