namespace CareerPlanner.Web.Domain.Plans;

/// <summary>A skill the person rated themselves on (step 1).</summary>
public sealed class Skill : IPlanPart<Skill>
{
    internal Skill() { }

    internal Skill(Guid id) => Id = id;

    public Guid Id { get; private set; }

    static string IPlanPart<Skill>.Noun => "skill";

    Skill IPlanPart<Skill>.Copy() => (Skill)MemberwiseClone();

    public string Name { get; internal set; } = "";
    public SkillLevel Level { get; internal set; }
    public string Evidence { get; internal set; } = "";
}
