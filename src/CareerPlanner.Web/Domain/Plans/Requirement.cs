namespace CareerPlanner.Web.Domain.Plans;

/// <summary>One requirement of the target role (step 3).</summary>
public sealed class Requirement : IPlanPart<Requirement>
{
    internal Requirement() { }

    internal Requirement(Guid id) => Id = id;

    public Guid Id { get; private set; }

    static string IPlanPart<Requirement>.Noun => "requirement";

    Requirement IPlanPart<Requirement>.Copy() => (Requirement)MemberwiseClone();

    public RequirementKind Kind { get; internal set; }
    public string Name { get; internal set; } = "";
    public SkillLevel RequiredLevel { get; internal set; }

    /// <summary>The level the person set here; used only when no step-1 skill has the same name.</summary>
    public SkillLevel? CurrentLevel { get; internal set; }
    public ClosingMethod ClosedBy { get; internal set; }
    public Priority Priority { get; internal set; }
}
