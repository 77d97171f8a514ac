using System.Collections.Concurrent;
using System.Text.Json;

namespace CareerPlanner.Web.Domain.Reviews;

/// <summary>
/// The plan as it stood at a review: enough to tell later what changed (actions, progress, goals,
/// requirements and levels). Stored as JSON with the review, so it never changes afterwards.
/// </summary>
public sealed record PlanSnapshot(
    int SchemaVersion,
    string Title,
    IReadOnlyList<PlanSnapshot.SkillState> Skills,
    IReadOnlyList<PlanSnapshot.GoalState> Goals,
    IReadOnlyList<PlanSnapshot.RequirementState> Requirements,
    IReadOnlyList<PlanSnapshot.ActionState> Actions,
    int? ReadinessPercent)
{
    public const int CurrentSchemaVersion = 1;

    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static PlanSnapshot Empty { get; } = new(CurrentSchemaVersion, "", [], [], [], [], null);

    // Snapshots never change once stored, and every view of a plan reads all of its reviews' snapshots
    // (the trend): parsed ones are kept, keyed by their JSON, up to about this many characters.
    private const long ParsedLimitChars = 4_000_000;
    private static readonly ConcurrentDictionary<string, PlanSnapshot> Parsed = new(StringComparer.Ordinal);
    private static long _parsedChars;

    /// <summary>The snapshot stored as <paramref name="json"/>; parsed once, then shared (it is immutable).</summary>
    public static PlanSnapshot Read(string json)
    {
        if (Parsed.TryGetValue(json, out var known))
        {
            return known;
        }

        var snapshot = JsonSerializer.Deserialize<PlanSnapshot>(json, JsonOptions) ?? Empty;
        if (Interlocked.Add(ref _parsedChars, json.Length) > ParsedLimitChars)
        {
            // Simpler than least-recently-used, and enough: the plans being viewed come back within a request or two.
            Parsed.Clear();
            Interlocked.Exchange(ref _parsedChars, json.Length);
        }

        Parsed.TryAdd(json, snapshot);
        return snapshot;
    }

    /// <summary>Share of the actions (dropped ones aside) that are done, 0–100 rounded to the nearest; null without actions.</summary>
    public int? PercentActionsDone
    {
        get
        {
            var counted = Actions.Where(a => a.Status != ActionStatus.Dropped).ToList();
            return counted.Count == 0 ? null : (int)Math.Round(counted.Count(a => a.Status == ActionStatus.Done) * 100.0 / counted.Count, MidpointRounding.AwayFromZero);
        }
    }

    public sealed record SkillState(string Name, SkillLevel Level);

    public sealed record GoalState(Guid Id, GoalHorizon Horizon, string Title, DateOnly TargetDate);

    public sealed record RequirementState(Guid Id, string Name, SkillLevel RequiredLevel, SkillLevel? CurrentLevel, Priority Priority);

    public sealed record ActionState(Guid Id, string Title, ActionStatus Status, int PercentDone, DateOnly? Deadline);
}
