namespace CareerPlanner.Web.Pages.Plans;

public enum EditOutcome
{
    Saved,
    NotFound,
    Invalid,

    /// <summary>The form was made from an older version of the plan; nothing was saved.</summary>
    Stale,
}
