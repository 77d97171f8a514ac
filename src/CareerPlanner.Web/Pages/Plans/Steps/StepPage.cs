namespace CareerPlanner.Web.Pages.Plans.Steps;

/// <summary>What every step page shows around its form: the plan's title, the step indicator, the mentors' comments on the step, the way back.</summary>
public abstract class StepPage(AppDbContext db, TimeProvider clock) : PlanPageModel(db, clock), IStepPage
{
    [Microsoft.AspNetCore.Mvc.TempData]
    public string? StatusMessage { get; set; }

    public int PlanId { get; private set; }

    public string PlanTitle { get; private set; } = "";

    public StepIndicator Steps { get; private set; } = default!;

    public abstract PlanStep Step { get; }

    /// <summary>Mentor comments on this step, shown at the top of the page.</summary>
    public StepFeedback? Feedback { get; private set; }

    public string BackUrl => StepCommand.BackFrom(PlanId, Step);

    /// <summary>Whether the page shows the mentors' ratings besides their comments on the step.</summary>
    protected virtual bool ShowsRatings => false;

    /// <summary>Loads what the page shows besides the form.</summary>
    protected virtual void LoadFrom(Plan plan)
    {
        PlanId = plan.Id;
        PlanTitle = plan.Title;
        Steps = StepIndicator.For(plan, Step);
    }

    /// <summary>Loads the mentors' feedback the page shows next to the form, in one command.</summary>
    protected async Task LoadFeedbackAsync(int id)
    {
        var feedback = await Db.FeedbackAsync(id, step: Step, ratings: ShowsRatings);
        Feedback = StepFeedback.ForOwner(id, Step, feedback.Comments);
        TakeRatings(feedback.Ratings);
    }

    /// <summary>Takes in the mentors' ratings, on a page that <see cref="ShowsRatings"/>.</summary>
    protected virtual void TakeRatings(IReadOnlyList<MentorFeedback.Rating> ratings)
    {
    }
}
