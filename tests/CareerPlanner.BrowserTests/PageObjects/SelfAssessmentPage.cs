using Microsoft.Playwright;

namespace CareerPlanner.BrowserTests.PageObjects;

/// <summary>Step 1, self-assessment: what drives her, skills with a level, experience.</summary>
internal sealed class SelfAssessmentPage(IPage page) : StepPage(page)
{
    public const string Slug = "self-assessment";

    public ILocator Strengths => Page.GetByLabel("Strengths");

    public ILocator Motivators => Page.GetByLabel("What motivates and engages you");

    public ILocator ExcelsAt => Page.GetByLabel("Where you excel");

    public ILocator StrugglesWith => Page.GetByLabel("Where you struggle");

    public ILocator NewSkill => Page.GetByRole(AriaRole.Group, new() { Name = "New skill", Exact = true });

    /// <summary>A saved skill's group, named "Skill N: name".</summary>
    public ILocator SavedSkill(int number, string name) => Page.GetByRole(AriaRole.Group, new() { Name = $"Skill {number}: {name}" });

    public static ILocator SkillName(ILocator skill) => skill.GetByLabel("Skill", new() { Exact = true });

    public static ILocator Level(ILocator skill) => skill.GetByLabel("Level");

    public static ILocator Evidence(ILocator skill) => skill.GetByLabel("Evidence");

    public ILocator NewExperience => Page.GetByRole(AriaRole.Group, new() { Name = "New experience", Exact = true });

    public static ILocator Role(ILocator experience) => experience.GetByLabel("Role");

    public static ILocator Organisation(ILocator experience) => experience.GetByLabel("Organisation");

    public static ILocator From(ILocator experience) => experience.GetByLabel("From");

    public static ILocator To(ILocator experience) => experience.GetByLabel("To");

    public static ILocator Highlights(ILocator experience) => experience.GetByLabel("Highlights");
}
