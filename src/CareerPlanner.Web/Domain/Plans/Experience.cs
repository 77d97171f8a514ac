namespace CareerPlanner.Web.Domain.Plans;

/// <summary>A past or current job (step 1). <see cref="To"/> is null for the current one.</summary>
public sealed class Experience : IPlanPart<Experience>
{
    internal Experience() { }

    internal Experience(Guid id) => Id = id;

    public Guid Id { get; private set; }

    static string IPlanPart<Experience>.Noun => "experience";

    Experience IPlanPart<Experience>.Copy() => (Experience)MemberwiseClone();

    public string Role { get; internal set; } = "";
    public string Organisation { get; internal set; } = "";
    public DateOnly From { get; internal set; }
    public DateOnly? To { get; internal set; }
    public string Highlights { get; internal set; } = "";

    public bool IsCurrent => To is null;
}
