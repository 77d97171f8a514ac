using Microsoft.Playwright;

namespace CareerPlanner.BrowserTests.PageObjects;

/// <summary>"Share with a mentor", <c>/plans/{id}/share</c>: create a link, see it once, revoke it.</summary>
internal sealed class SharePage(IPage page) : AppPage(page)
{
    public ILocator Title => HeadingNamed("Share with a mentor");

    public ILocator WhoFor => Page.GetByLabel("Who is it for?");

    public ILocator ExpiresIn30Days => Page.GetByRole(AriaRole.Radio, new() { Name = "In 30 days" });

    public ILocator CreateButton => Button("Create link");

    /// <summary>The link just created, shown once.</summary>
    public ILocator NewLink => Page.GetByLabel("Link", new() { Exact = true });

    public ILocator Links => Page.GetByRole(AriaRole.Table, new() { Name = "Your links" });

    public ILocator RevokeButton(string label) => Button($"Revoke the link for {label}");
}

/// <summary>The mentor's page, <c>/m/{token}</c>: the plan to read, a comment form per step, ratings of the gaps.</summary>
internal sealed class MentorPage(IPage page) : AppPage(page)
{
    public const string Invitation = "You are reading a career plan shared with you";

    public ILocator TitleOf(string plan) => HeadingNamed(plan);

    public ILocator InvitationText => Page.GetByText(Invitation);

    /// <summary>The planner's edit links, which a mentor never sees.</summary>
    public ILocator EditSelfAssessmentLink => Link("Edit self-assessment");

    public ILocator NotFound => HeadingNamed("Page not found");

    /// <summary>A step's section, e.g. "3. Gap analysis".</summary>
    public ILocator Section(string name) => Region(name);

    public static ILocator RatingOf(ILocator section, string requirement) => section.GetByLabel($"Your rating of {requirement}");

    public static ILocator SaveRatingsButton(ILocator section) => section.GetByRole(AriaRole.Button, new() { Name = "Save my ratings" });

    public static ILocator YourName(ILocator section) => section.GetByLabel("Your name");

    /// <summary>The comment field of a step, named after it, e.g. "gap analysis".</summary>
    public static ILocator CommentOn(ILocator section, string step) => section.GetByLabel($"Your comment on {step}");

    public static ILocator AddCommentButton(ILocator section, string step) => section.GetByRole(AriaRole.Button, new() { Name = $"Add comment on {step}" });
}

/// <summary>"Review rhythm and calendar", <c>/plans/{id}/calendar</c>.</summary>
internal sealed class CalendarPage(IPage page) : AppPage(page)
{
    public ILocator EveryQuarter => Page.GetByRole(AriaRole.Radio, new() { Name = "Every quarter" });

    public ILocator SaveRhythmButton => Button("Save rhythm");

    public ILocator CreateFeedButton => Button("Create a calendar link");

    public ILocator FeedLink => Page.GetByLabel("Calendar link");
}

/// <summary>"Import a plan", <c>/plans/import</c>.</summary>
internal sealed class ImportPage(IPage page) : AppPage(page)
{
    public ILocator Title => HeadingNamed("Import a plan");

    public ILocator PlanFile => Page.GetByLabel("Plan file");

    public ILocator ImportButton => Button("Import plan");
}
