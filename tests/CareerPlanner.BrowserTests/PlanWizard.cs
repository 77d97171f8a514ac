using System.Globalization;
using System.Text.RegularExpressions;
using CareerPlanner.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests;

/// <summary>
/// What Amara types into the plan, one helper per thing she enters, shared by the journeys.
/// Everything is found by role and label, as a person (or a screen reader) finds it.
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

    public static Regex StepUrl(string step) => new($"/plans/\\d+/{Regex.Escape(step)}$");

    /// <summary>Creates a new account and lands on the (empty) My plans page.</summary>
    public static async Task RegisterAsync(IPage page, string who)
    {
        await page.GotoAsync("/account/register");
        await page.GetByLabel("Email").FillAsync(BrowserSession.UniqueEmail(who));
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Confirm password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My plans", Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>From My plans, creates a plan and lands on its first step.</summary>
    public static async Task CreatePlanAsync(IPage page, string title)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "New plan", Exact = true }).ClickAsync();
        await page.GetByLabel("Title").FillAsync(title);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create plan" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(StepUrl("self-assessment"));
    }

    /// <summary>Presses a button that saves the step and stays, and waits for "Saved.".</summary>
    public static async Task SaveAsync(IPage page, string button = "Save")
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
    }

    /// <summary>Presses "Save and continue →" and waits for the next step's page.</summary>
    public static async Task ContinueToAsync(IPage page, string step)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue →" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(StepUrl(step));
    }

    // ---- Step 1 ----

    public static async Task DescribeHerselfAsync(IPage page)
    {
        await page.GetByLabel("Strengths").FillAsync(Amara.Strengths);
        await page.GetByLabel("What motivates and engages you").FillAsync(Amara.Motivators);
        await page.GetByLabel("Where you excel").FillAsync(Amara.ExcelsAt);
        await page.GetByLabel("Where you struggle").FillAsync(Amara.StrugglesWith);
    }

    public static ILocator NewSkill(IPage page) => page.GetByRole(AriaRole.Group, new() { Name = "New skill", Exact = true });

    public static async Task AddSkillAsync(IPage page, (string Name, string Level, string Evidence) skill)
    {
        var row = NewSkill(page);
        await row.GetByLabel("Skill", new() { Exact = true }).FillAsync(skill.Name);
        await row.GetByLabel("Level").SelectOptionAsync(new SelectOptionValue { Label = skill.Level });
        await row.GetByLabel("Evidence").FillAsync(skill.Evidence);
        await SaveAsync(page, "Save and add another skill");
    }

    public static async Task AddExperienceAsync(IPage page, (string Role, string Organisation, int FromYearsAgo, int? ToYearsAgo, string Highlights) experience)
    {
        var row = page.GetByRole(AriaRole.Group, new() { Name = "New experience", Exact = true });
        await row.GetByLabel("Role").FillAsync(experience.Role);
        await row.GetByLabel("Organisation").FillAsync(experience.Organisation);
        await row.GetByLabel("From").FillAsync(DateValue(Today.AddYears(-experience.FromYearsAgo)));
        if (experience.ToYearsAgo is { } years)
        {
            await row.GetByLabel("To").FillAsync(DateValue(Today.AddYears(-years)));
        }

        await row.GetByLabel("Highlights").FillAsync(experience.Highlights);
        await SaveAsync(page, "Save and add another experience");
    }

    // ---- Step 2 ----

    public static async Task DescribeAmbitionAsync(IPage page)
    {
        await page.GetByLabel("Your dream job or position").FillAsync(Amara.DreamJob);
        await page.GetByRole(AriaRole.Radio, new() { Name = "Find another job" }).CheckAsync();
        await page.GetByLabel("Opportunities you see in the next 5–10 years").FillAsync(Amara.Opportunities);
    }

    public static async Task AddGoalAsync(IPage page, (string Horizon, string Title, int MonthsAhead) goal)
    {
        var row = page.GetByRole(AriaRole.Group, new() { Name = "New goal", Exact = true });
        await row.GetByLabel("Horizon").SelectOptionAsync(new SelectOptionValue { Label = goal.Horizon });
        await row.GetByLabel("Goal", new() { Exact = true }).FillAsync(goal.Title);
        await row.GetByLabel("Target date").FillAsync(DateValue(Today.AddMonths(goal.MonthsAhead)));
        await SaveAsync(page, "Save and add another goal");
    }

    // ---- Step 3 ----

    public static async Task DescribeTargetRoleAsync(IPage page)
    {
        await page.GetByLabel("Role title").FillAsync(Amara.TargetRole);
        await page.GetByLabel("Description").FillAsync(Amara.TargetRoleDescription);
    }

    public static async Task AddRequirementAsync(IPage page, (string Kind, string Name, string Required, string ClosedBy, string Priority) requirement)
    {
        var row = page.GetByRole(AriaRole.Group, new() { Name = "New requirement", Exact = true });
        await row.GetByLabel("Kind").SelectOptionAsync(new SelectOptionValue { Label = requirement.Kind });
        await row.GetByLabel("Requirement", new() { Exact = true }).FillAsync(requirement.Name);
        await row.GetByLabel("Required level").SelectOptionAsync(new SelectOptionValue { Label = requirement.Required });
        await row.GetByLabel("What would close it").SelectOptionAsync(new SelectOptionValue { Label = requirement.ClosedBy });
        await row.GetByLabel("Priority").SelectOptionAsync(new SelectOptionValue { Label = requirement.Priority });
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

        await ContinueToAsync(page, "goals");
        await DescribeAmbitionAsync(page);
        foreach (var goal in Amara.Goals)
        {
            await AddGoalAsync(page, goal);
        }

        await ContinueToAsync(page, "gap-analysis");
        await DescribeTargetRoleAsync(page);
        foreach (var requirement in Amara.Requirements)
        {
            await AddRequirementAsync(page, requirement);
        }

        await Expect(page.Locator(".readiness-value")).ToHaveTextAsync("46 %");
        await ContinueToAsync(page, "action-plan");
    }

    // ---- Step 4 ----

    public static ILocator NewAction(IPage page) => page.GetByRole(AriaRole.Group, new() { Name = "New action", Exact = true });

    /// <summary>A saved action's group, named "Action N: title".</summary>
    public static ILocator SavedAction(IPage page, int number, string title) =>
        page.GetByRole(AriaRole.Group, new() { Name = $"Action {number}: {title}", Exact = true });

    /// <summary>A field of an action, by its label as a screen reader announces it (with the "(specific)"-style hints).</summary>
    public static ILocator Field(ILocator action, string label) => action.GetByLabel(label, new() { Exact = true });

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
