using System.Text.Json;

namespace CareerPlanner.Web.Domain.Reviews;

/// <summary>A dated check-in (step 5), with the plan frozen as it stood when it was recorded.</summary>
public sealed class Review
{
    private readonly List<ActionProgress> _progress = [];

    private Review() { }

    internal Review(Plan plan, DateOnly date, string reflection, string changes, IEnumerable<ActionProgress> progress, PlanSnapshot snapshot, DateTimeOffset now)
    {
        Plan = plan;
        Date = date;
        Reflection = reflection;
        Changes = changes;
        _progress.AddRange(progress);
        SnapshotJson = JsonSerializer.Serialize(snapshot, PlanSnapshot.JsonOptions);
        RecordedAt = now.UtcDateTime;
    }

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public Plan? Plan { get; private set; }
    public DateOnly Date { get; private set; }
    public string Reflection { get; private set; } = "";

    /// <summary>What the person is changing in the plan after this review.</summary>
    public string Changes { get; private set; } = "";
    public IReadOnlyList<ActionProgress> Progress => _progress;
    public DateTime RecordedAt { get; private set; }
    public string SnapshotJson { get; private set; } = "{}";

    public PlanSnapshot Snapshot() => PlanSnapshot.Read(SnapshotJson);
}
