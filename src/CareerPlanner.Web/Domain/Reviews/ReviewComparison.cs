namespace CareerPlanner.Web.Domain.Reviews;

/// <summary>What changed between two frozen snapshots of a plan (e.g. since the previous review).</summary>
public static class ReviewComparison
{
    public static IReadOnlyList<PlanChange> Compare(PlanSnapshot before, PlanSnapshot after)
    {
        var changes = new List<PlanChange>();
        CompareActions(before, after, changes);
        CompareById(before.Goals, after.Goals, g => g.Id, g => g.Title, ChangeKind.GoalAdded, ChangeKind.GoalRemoved, "Goal", changes);
        CompareById(before.Requirements, after.Requirements, r => r.Id, r => r.Name, ChangeKind.RequirementAdded, ChangeKind.RequirementRemoved, "Requirement", changes);
        CompareLevels(before, after, changes);
        return changes;
    }

    private static void CompareActions(PlanSnapshot before, PlanSnapshot after, List<PlanChange> changes)
    {
        var old = before.Actions.DistinctBy(a => a.Id).ToDictionary(a => a.Id);
        foreach (var action in after.Actions)
        {
            if (!old.TryGetValue(action.Id, out var was))
            {
                changes.Add(new(ChangeKind.ActionAdded, $"Action added: “{action.Title}”."));
                continue;
            }

            if (action.Status == ActionStatus.Done && was.Status != ActionStatus.Done)
            {
                changes.Add(new(ChangeKind.ActionCompleted, $"Completed: “{action.Title}”."));
            }
            else if (action.Status == ActionStatus.Dropped && was.Status != ActionStatus.Dropped)
            {
                changes.Add(new(ChangeKind.ActionDropped, $"Dropped: “{action.Title}”."));
            }
            else if (action.PercentDone != was.PercentDone)
            {
                changes.Add(new(ChangeKind.ProgressMoved, $"“{action.Title}” moved from {was.PercentDone} % to {action.PercentDone} %."));
            }
        }

        var current = after.Actions.Select(a => a.Id).ToHashSet();
        changes.AddRange(before.Actions.Where(a => !current.Contains(a.Id)).Select(a => new PlanChange(ChangeKind.ActionRemoved, $"Action removed: “{a.Title}”.")));
    }

    private static void CompareById<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, Guid> id, Func<T, string> name,
        ChangeKind added, ChangeKind removed, string what, List<PlanChange> changes)
    {
        var old = before.Select(id).ToHashSet();
        var current = after.Select(id).ToHashSet();
        changes.AddRange(after.Where(x => !old.Contains(id(x))).Select(x => new PlanChange(added, $"{what} added: “{name(x)}”.")));
        changes.AddRange(before.Where(x => !current.Contains(id(x))).Select(x => new PlanChange(removed, $"{what} removed: “{name(x)}”.")));
    }

    private static void CompareLevels(PlanSnapshot before, PlanSnapshot after, List<PlanChange> changes)
    {
        var oldSkills = before.Skills.DistinctBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(s => s.Name, s => s.Level, StringComparer.OrdinalIgnoreCase);
        foreach (var skill in after.Skills)
        {
            if (oldSkills.TryGetValue(skill.Name, out var was) && was != skill.Level)
            {
                changes.Add(new(ChangeKind.LevelChanged, $"{skill.Name}: level {(int)was} → {(int)skill.Level}."));
            }
        }

        var skillNames = after.Skills.Select(s => s.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var oldRequirements = before.Requirements.DistinctBy(r => r.Id).ToDictionary(r => r.Id);
        foreach (var requirement in after.Requirements.Where(r => !skillNames.Contains(r.Name)))
        {
            if (oldRequirements.TryGetValue(requirement.Id, out var was) && was.CurrentLevel != requirement.CurrentLevel)
            {
                changes.Add(new(ChangeKind.LevelChanged, $"{requirement.Name}: level {Level(was.CurrentLevel)} → {Level(requirement.CurrentLevel)}."));
            }
        }
    }

    private static string Level(SkillLevel? level) => level is { } l ? ((int)l).ToString(System.Globalization.CultureInfo.InvariantCulture) : "not rated";
}
