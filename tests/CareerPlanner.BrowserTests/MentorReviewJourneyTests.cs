using CareerPlanner.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests;

/// <summary>A planner shares her plan; a mentor in another browser, with no account, reviews it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MentorReviewJourneyTests(BrowserAppFixture app, ITestOutputHelper output)
{
    private const string ExamplePlan = "Support engineer → product manager (example)";

    [SkippableFact]
    public async Task PlannerSharesMentorCommentsAndRates_PlannerSeesBothWithTheDisagreementFlag()
    {
        await using var planner = await app.StartSessionAsync(output, "Planner shares");
        var page = planner.Page;
        await PlanWizard.RegisterAsync(page, "amara-share");
        await page.GetByRole(AriaRole.Button, new() { Name = "Explore an example plan" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = ExamplePlan, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Share with a mentor" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Share with a mentor", Level = 1 })).ToBeVisibleAsync();
        await planner.CheckPageAsync("Share page, no links");

        await page.GetByLabel("Who is it for?").FillAsync("Dana (Group PM)");
        await page.GetByRole(AriaRole.Radio, new() { Name = "In 30 days" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create link" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Link for Dana (Group PM) created.");
        var url = await page.GetByLabel("Link", new() { Exact = true }).InputValueAsync();
        Assert.Matches("^http://127\\.0\\.0\\.1:\\d+/m/[A-Za-z0-9_-]{43}$", url);
        var links = page.GetByRole(AriaRole.Table, new() { Name = "Your links" });
        await Expect(links.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("Active");
        await planner.CheckPageAsync("Share page, link created");

        // The mentor: another browser context, no cookies, no account.
        await using var mentor = await app.StartSessionAsync(output, "Mentor reviews");
        var view = mentor.Page;
        var response = await view.GotoAsync(url);
        Assert.Equal(200, response!.Status);
        Assert.Equal("no-referrer", await response.HeaderValueAsync("referrer-policy"));
        Assert.Equal("noindex, nofollow", await response.HeaderValueAsync("x-robots-tag"));
        await Expect(view.GetByRole(AriaRole.Heading, new() { Name = ExamplePlan, Level = 1 })).ToBeVisibleAsync();
        await Expect(view.GetByText("You are reading a career plan shared with you")).ToBeVisibleAsync();
        await Expect(view.GetByRole(AriaRole.Link, new() { Name = "Edit self-assessment" })).ToHaveCountAsync(0);
        await mentor.CheckPageAsync("Mentor view");

        var gapSection = view.GetByRole(AriaRole.Region, new() { Name = "3. Gap analysis" });
        await gapSection.GetByLabel("Your rating of Stakeholder management").SelectOptionAsync(new SelectOptionValue { Label = "4 – Proficient" });
        await gapSection.GetByLabel("Your rating of Prioritisation").SelectOptionAsync(new SelectOptionValue { Label = "2 – Advanced beginner" });
        await gapSection.GetByRole(AriaRole.Button, new() { Name = "Save my ratings" }).ClickAsync();
        await Expect(view.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Thank you — your ratings were saved.");

        gapSection = view.GetByRole(AriaRole.Region, new() { Name = "3. Gap analysis" });
        await gapSection.GetByLabel("Your name").FillAsync("Dana");
        await gapSection.GetByLabel("Your comment on gap analysis").FillAsync("Your stakeholder level is closer to 3 than 2 — the triage meeting counts. **Prioritisation** is the real gap.");
        await gapSection.GetByRole(AriaRole.Button, new() { Name = "Add comment on gap analysis" }).ClickAsync();
        await Expect(view.GetByRole(AriaRole.Status).First).ToContainTextAsync("your comment on gap analysis was sent");
        await Expect(view.GetByRole(AriaRole.Region, new() { Name = "3. Gap analysis" }).GetByText("is the real gap.")).ToBeVisibleAsync();
        await mentor.CheckPageAsync("Mentor view after commenting and rating");

        // An empty comment is refused with a message by the field.
        var goals = view.GetByRole(AriaRole.Region, new() { Name = "2. Where I want to go" });
        await goals.GetByRole(AriaRole.Button, new() { Name = "Add comment on goals" }).ClickAsync();
        goals = view.GetByRole(AriaRole.Region, new() { Name = "2. Where I want to go" });
        await Expect(goals.GetByLabel("Your comment on goals")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(goals.GetByText("Comment is required.")).ToBeVisibleAsync();
        await mentor.CheckPageAsync("Mentor view, empty comment refused");

        // The planner sees the comment, the new-comment count, and the flagged disagreement.
        await page.GotoAsync("/plans");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "1 new mentor comment" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "1 new mentor comment" }).ClickAsync();
        var feedback = page.GetByRole(AriaRole.Region, new() { Name = "3. Gap analysis" });
        await Expect(feedback.GetByText("is the real gap.")).ToBeVisibleAsync();
        await Expect(feedback.GetByText("New", new() { Exact = true })).ToBeVisibleAsync();
        var ratings = feedback.GetByRole(AriaRole.Table, new() { Name = "Your mentors' view of your current levels" });
        await Expect(ratings.GetByRole(AriaRole.Row).Filter(new() { HasText = "Stakeholder management" })).ToContainTextAsync("Dana (Group PM): 4 — worth a conversation");
        await Expect(ratings.GetByRole(AriaRole.Row).Filter(new() { HasText = "Prioritisation" })).Not.ToContainTextAsync("worth a conversation");
        await planner.CheckPageAsync("Plan overview with mentor feedback");

        await feedback.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Mark resolved") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "3. Gap analysis" }).GetByText("Resolved", new() { Exact = true })).ToBeVisibleAsync();

        // Revoked: the mentor's next request is refused.
        await page.GetByRole(AriaRole.Link, new() { Name = "Share with a mentor" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke the link for Dana (Group PM)" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Your links" })).ToContainTextAsync("Revoked");
        var refused = await view.GotoAsync(url);
        Assert.Equal(404, refused!.Status);
        await Expect(view.GetByRole(AriaRole.Heading, new() { Name = "Page not found", Level = 1 })).ToBeVisibleAsync();
        await mentor.CheckPageAsync("Mentor view after revocation");
    }
}
