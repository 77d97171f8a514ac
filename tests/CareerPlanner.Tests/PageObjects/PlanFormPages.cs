namespace CareerPlanner.Tests.PageObjects;

/// <summary>"New plan", <c>/plans/new</c>.</summary>
public static class NewPlanPage
{
    public const string Url = "/plans/new";
    public const string Title = "Input.Title";
}

/// <summary>"Rename plan", <c>/plans/{id}/rename</c>.</summary>
public static class RenamePlanPage
{
    public const string Form = "main form";
    public const string Title = "Input.Title";

    public static string Url(int planId) => $"/plans/{planId}/rename";
}

/// <summary>The confirmation before a plan is deleted, <c>/plans/{id}/delete</c>.</summary>
public static class DeletePlanPage
{
    public const string Form = "main form";
    public const string Button = "Delete plan";

    public static string Url(int planId) => $"/plans/{planId}/delete";
}
