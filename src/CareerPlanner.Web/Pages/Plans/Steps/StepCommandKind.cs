namespace CareerPlanner.Web.Pages.Plans.Steps;

public enum StepCommandKind
{
    Save,
    Next,
    Back,
    Remove,
    Move,
}
