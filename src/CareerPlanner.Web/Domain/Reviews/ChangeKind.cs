namespace CareerPlanner.Web.Domain.Reviews;

public enum ChangeKind
{
    ActionAdded,
    ActionRemoved,
    ActionCompleted,
    ActionDropped,
    ProgressMoved,
    GoalAdded,
    GoalRemoved,
    RequirementAdded,
    RequirementRemoved,
    LevelChanged,
}
