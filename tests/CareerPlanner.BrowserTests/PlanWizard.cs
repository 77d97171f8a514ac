using System.Globalization;
using System.Text.RegularExpressions;
using CareerPlanner.BrowserTests.Infrastructure;
using CareerPlanner.BrowserTests.PageObjects;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests;

/// <summary>
/// What Amara types into the plan, one helper per thing she enters, shared by the journeys. The
/// fields and buttons are the page objects' (<see cref="PageObjects"/>): found by role and label, as a
/// person (or a screen reader) finds them.
/// </summary>
internal static class PlanWizard
{
    public const string Password = "correct horse battery staple";

    /// <summary>Today as the app sees it (it runs on UTC).</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>The value a date input takes.</summary>
    public static string DateValue(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The app renders its pages in en-GB (e.g. "29 Sept 2026"), whatever the machine's culture.</summary>
    public static readonly CultureInfo AppCulture = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>A date as the app's pages show it, e.g. "3 Mar 2027".</summary>
    public static string Shown(DateOnly date) => date.ToString("d MMM yyyy", AppCulture);

    public static Regex StepUrl(string step) => StepPage.UrlOf(step);

    /// <summary>Creates a new account and lands on the (empty) My plans page.</summary>
    public static async Task RegisterAsync(IPage page, string who)
    {
        await page.GotoAsync(RegisterPage.Url);
        await new RegisterPage(page).RegisterAsync(BrowserSession.UniqueEmail(who), Password);
        await Expect(new MyPlansPage(page).Title).ToBeVisibleAsync();
    }

    /// <summary>From My plans, creates a plan and lands on its first step.</summary>
    public static async Task CreatePlanAsync(IPage page, string title)
    {
        await new MyPlansPage(page).NewPlanLink.ClickAsync();
        var form = new NewPlanPage(page);
        await form.TitleField.FillAsync(title);
        await form.CreateButton.ClickAsync();
        await Expect(page).ToHaveURLAsync(StepUrl(SelfAssessmentPage.Slug));
    }

    /// <summary>Presses a button that saves the step and stays, and waits for "Saved.".</summary>
    public static async Task SaveAsync(IPage page, string button = "Save")
    {
        var step = new StepPage(page);
        await step.SaveButton(button).ClickAsync();
        await Expect(step.Status).ToHaveTextAsync("Saved.");
    }

    /// <summary>Presses "Save and continue →" and waits for the next step's page.</summary>
    public static async Task ContinueToAsync(IPage page, string step)
    {
        await new StepPage(page).SaveAndContinueButton.ClickAsync();
        await Expect(page).ToHaveURLAsync(StepUrl(step));
    }

    // ---- Step 1 ----

    public static async Task DescribeHerselfAsync(IPage page)
    {
        var step = new SelfAssessmentPage(page);
        await step.Strengths.FillAsync(Amara.Strengths);
        await step.Motivators.FillAsync(Amara.Motivators);
        await step.ExcelsAt.FillAsync(Amara.ExcelsAt);
        await step.StrugglesWith.FillAsync(Amara.StrugglesWith);
    }

    public static ILocator NewSkill(IPage page) => new SelfAssessmentPage(page).NewSkill;

    public static async Task AddSkillAsync(IPage page, (string Name, string Level, string Evidence) skill)
    {
        var row = NewSkill(page);
        await SelfAssessmentPage.SkillName(row).FillAsync(skill.Name);
        await SelfAssessmentPage.Level(row).SelectOptionAsync(new SelectOptionValue { Label = skill.Level });
        await SelfAssessmentPage.Evidence(row).FillAsync(skill.Evidence);
        await SaveAsync(page, "Save and add another skill");
    }

    public static async Task AddExperienceAsync(IPage page, (string Role, string Organisation, int FromYearsAgo, int? ToYearsAgo, string Highlights) experience)
    {
        var row = new SelfAssessmentPage(page).NewExperience;
        await SelfAssessmentPage.Role(row).FillAsync(experience.Role);
        await SelfAssessmentPage.Organisation(row).FillAsync(experience.Organisation);
        await SelfAssessmentPage.From(row).FillAsync(DateValue(Today.AddYears(-experience.FromYearsAgo)));
        if (experience.ToYearsAgo is { } years)
        {
            await SelfAssessmentPage.To(row).FillAsync(DateValue(Today.AddYears(-years)));
        }

        await SelfAssessmentPage.Highlights(row).FillAsync(experience.Highlights);
        await SaveAsync(page, "Save and add another experience");
    }

    // ---- Step 2 ----

    public static async Task DescribeAmbitionAsync(IPage page)
    {
        var step = new GoalsPage(page);
        await step.DreamJob.FillAsync(Amara.DreamJob);
        await step.FindAnotherJob.CheckAsync();
        await step.Opportunities.FillAsync(Amara.Opportunities);
    }

    public static async Task AddGoalAsync(IPage page, (string Horizon, string Title, int MonthsAhead) goal)
    {
        var row = new GoalsPage(page).NewGoal;
        await GoalsPage.Horizon(row).SelectOptionAsync(new SelectOptionValue { Label = goal.Horizon });
        await GoalsPage.GoalTitle(row).FillAsync(goal.Title);
        await GoalsPage.TargetDate(row).FillAsync(DateValue(Today.AddMonths(goal.MonthsAhead)));
        await SaveAsync(page, "Save and add another goal");
    }

    // ---- Step 3 ----

    public static async Task DescribeTargetRoleAsync(IPage page)
    {
        var step = new GapAnalysisPage(page);
        await step.RoleTitle.FillAsync(Amara.TargetRole);
        await step.Description.FillAsync(Amara.TargetRoleDescription);
    }

    public static async Task AddRequirementAsync(IPage page, (string Kind, string Name, string Required, string ClosedBy, string Priority) requirement)
    {
        var row = new GapAnalysisPage(page).NewRequirement;
        await GapAnalysisPage.Kind(row).SelectOptionAsync(new SelectOptionValue { Label = requirement.Kind });
        await GapAnalysisPage.Name(row).FillAsync(requirement.Name);
        await GapAnalysisPage.RequiredLevel(row).SelectOptionAsync(new SelectOptionValue { Label = requirement.Required });
        await GapAnalysisPage.ClosedBy(row).SelectOptionAsync(new SelectOptionValue { Label = requirement.ClosedBy });
        await GapAnalysisPage.Priority(row).SelectOptionAsync(new SelectOptionValue { Label = requirement.Priority });
        await SaveAsync(page, "Save and add another requirement");
    }

    /// <summary>
    /// Steps 1 to 3 with everything Amara enters, without stopping to look: from the new plan's first step
    /// to the action plan. Step 3 comes out at 46 % ready, as in <see cref="WizardJourneyTests"/>.
    /// </summary>
    public static async Task FillStepsOneToThreeAsync(IPage page)
    {
        await DescribeHerselfAsync(page);
        foreach (var skill in Amara.Skills)
        {
            await AddSkillAsync(page, skill);
        }

        foreach (var experience in Amara.Experiences)
        {
            await AddExperienceAsync(page, experience);
        }

        await ContinueToAsync(page, GoalsPage.Slug);
        await DescribeAmbitionAsync(page);
        foreach (var goal in Amara.Goals)
        {
            await AddGoalAsync(page, goal);
        }

        await ContinueToAsync(page, GapAnalysisPage.Slug);
        await DescribeTargetRoleAsync(page);
        foreach (var requirement in Amara.Requirements)
        {
            await AddRequirementAsync(page, requirement);
        }

        await Expect(new GapAnalysisPage(page).Readiness).ToHaveTextAsync("46 %");
        await ContinueToAsync(page, ActionPlanPage.Slug);
    }

    // ---- Step 4 ----

    public static ILocator NewAction(IPage page) => new ActionPlanPage(page).NewAction;

    /// <summary>A saved action's group, named "Action N: title".</summary>
    public static ILocator SavedAction(IPage page, int number, string title) => new ActionPlanPage(page).SavedAction(number, title);

    /// <summary>A field of an action, by its label as a screen reader announces it (with the "(specific)"-style hints).</summary>
    public static ILocator Field(ILocator action, string label) => ActionPlanPage.Field(action, label);

    /// <summary>Types one action into a group (the "New action" one, or a saved one being edited). Empty parts are left alone.</summary>
    public static async Task FillActionAsync(ILocator row, PersonaAction action)
    {
        await Field(row, "Action").FillAsync(action.Title);
        await Field(row, "Kind").SelectOptionAsync(new SelectOptionValue { Label = action.Kind });
        if (action.StartFrom(Today) is { } start)
        {
            await Field(row, "Start").FillAsync(DateValue(start));
        }

        if (action.DeadlineFrom(Today) is { } deadline)
        {
            await Field(row, "Deadline").FillAsync(DateValue(deadline));
        }

        await FillIfGivenAsync(Field(row, "What exactly (specific)"), action.Specific);
        await FillIfGivenAsync(Field(row, "How success is measured (measurable)"), action.Measure);
        await FillIfGivenAsync(Field(row, "Effort (hours)"), action.EffortHours?.ToString(CultureInfo.InvariantCulture));
        await FillIfGivenAsync(Field(row, "Budget"), action.Budget?.ToString(CultureInfo.InvariantCulture));
        await FillIfGivenAsync(Field(row, "Currency"), action.Currency);
        await FillIfGivenAsync(Field(row, "Resources"), action.Resources);
        if (action.Goal is { } goal)
        {
            await Field(row, "Serves goal (relevant)").SelectOptionAsync(new SelectOptionValue { Label = goal });
        }

        if (action.Requirement is { } requirement)
        {
            await Field(row, "Closes gap (relevant)").SelectOptionAsync(new SelectOptionValue { Label = requirement });
        }
    }

    public static async Task AddActionAsync(IPage page, PersonaAction action)
    {
        await FillActionAsync(NewAction(page), action);
        await SaveAsync(page, "Save and add another action");
    }

    private static async Task FillIfGivenAsync(ILocator field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            await field.FillAsync(value);
        }
    }
}
