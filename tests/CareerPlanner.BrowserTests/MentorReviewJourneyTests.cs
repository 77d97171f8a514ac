using CareerPlanner.BrowserTests.Infrastructure;
using CareerPlanner.BrowserTests.PageObjects;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests;

/// <summary>A planner shares her plan; a mentor in another browser, with no account, reviews it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MentorReviewJourneyTests(BrowserAppFixture app, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task PlannerSharesMentorCommentsAndRates_PlannerSeesBothWithTheDisagreementFlag()
    {
        await using var planner = await app.StartSessionAsync(output, "Planner shares");
        var page = planner.Page;
        var plans = new MyPlansPage(page);
        var overview = new PlanOverviewPage(page);
        var share = new SharePage(page);
        await PlanWizard.RegisterAsync(page, "amara-share");
        await plans.ExampleButton.ClickAsync();
        await plans.PlanLink(Amara.ExamplePlanTitle).ClickAsync();
        await overview.ShareLink.ClickAsync();
        await Expect(share.Title).ToBeVisibleAsync();
        await planner.CheckPageAsync("Share page, no links");

        await share.WhoFor.FillAsync("Dana (Group PM)");
        await share.ExpiresIn30Days.CheckAsync();
        await share.CreateButton.ClickAsync();
        await Expect(share.Status.First).ToHaveTextAsync("Link for Dana (Group PM) created.");
        var url = await share.NewLink.InputValueAsync();
        Assert.Matches("^http://127\\.0\\.0\\.1:\\d+/m/[A-Za-z0-9_-]{43}$", url);
        await Expect(AppPage.Rows(share.Links).Nth(1)).ToContainTextAsync("Active");
        await planner.CheckPageAsync("Share page, link created");

        // The mentor: another browser context, no cookies, no account.
        await using var mentor = await app.StartSessionAsync(output, "Mentor reviews");
        var view = mentor.Page;
        var reading = new MentorPage(view);
        var response = await view.GotoAsync(url);
        Assert.Equal(200, response!.Status);
        Assert.Equal("no-referrer", await response.HeaderValueAsync("referrer-policy"));
        Assert.Equal("noindex, nofollow", await response.HeaderValueAsync("x-robots-tag"));
        await Expect(reading.TitleOf(Amara.ExamplePlanTitle)).ToBeVisibleAsync();
        await Expect(reading.InvitationText).ToBeVisibleAsync();
        await Expect(reading.EditSelfAssessmentLink).ToHaveCountAsync(0);
        await mentor.CheckPageAsync("Mentor view");

        var gapSection = reading.Section("3. Gap analysis");
        await MentorPage.RatingOf(gapSection, "Stakeholder management").SelectOptionAsync(new SelectOptionValue { Label = "4 – Proficient" });
        await MentorPage.RatingOf(gapSection, "Prioritisation").SelectOptionAsync(new SelectOptionValue { Label = "2 – Advanced beginner" });
        await MentorPage.SaveRatingsButton(gapSection).ClickAsync();
        await Expect(reading.Status.First).ToHaveTextAsync("Thank you — your ratings were saved.");

        gapSection = reading.Section("3. Gap analysis");
        await MentorPage.YourName(gapSection).FillAsync("Dana");
        await MentorPage.CommentOn(gapSection, "gap analysis").FillAsync("Your stakeholder level is closer to 3 than 2 — the triage meeting counts. **Prioritisation** is the real gap.");
        await MentorPage.AddCommentButton(gapSection, "gap analysis").ClickAsync();
        await Expect(reading.Status.First).ToContainTextAsync("your comment on gap analysis was sent");
        await Expect(AppPage.Text(reading.Section("3. Gap analysis"), "is the real gap.")).ToBeVisibleAsync();
        await mentor.CheckPageAsync("Mentor view after commenting and rating");

        // An empty comment is refused with a message by the field.
        var goals = reading.Section("2. Where I want to go");
        await MentorPage.AddCommentButton(goals, "goals").ClickAsync();
        goals = reading.Section("2. Where I want to go");
        await Expect(MentorPage.CommentOn(goals, "goals")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(AppPage.Text(goals, "Comment is required.")).ToBeVisibleAsync();
        await mentor.CheckPageAsync("Mentor view, empty comment refused");

        // The planner sees the comment, the new-comment count, and the flagged disagreement.
        await page.GotoAsync(MyPlansPage.Url);
        await Expect(plans.NewCommentsLink("1 new mentor comment")).ToBeVisibleAsync();
        await plans.NewCommentsLink("1 new mentor comment").ClickAsync();
        var feedback = overview.Section("3. Gap analysis");
        await Expect(AppPage.Text(feedback, "is the real gap.")).ToBeVisibleAsync();
        await Expect(PlanOverviewPage.Tag(feedback, "New")).ToBeVisibleAsync();
        var ratings = PlanOverviewPage.Ratings(feedback);
        await Expect(AppPage.Rows(ratings).Filter(new() { HasText = "Stakeholder management" })).ToContainTextAsync("Dana (Group PM): 4 — worth a conversation");
        await Expect(AppPage.Rows(ratings).Filter(new() { HasText = "Prioritisation" })).Not.ToContainTextAsync("worth a conversation");
        await planner.CheckPageAsync("Plan overview with mentor feedback");

        await PlanOverviewPage.ResolveButton(feedback).ClickAsync();
        await Expect(PlanOverviewPage.Tag(overview.Section("3. Gap analysis"), "Resolved")).ToBeVisibleAsync();

        // Revoked: the mentor's next request is refused.
        await overview.ShareLink.ClickAsync();
        await share.RevokeButton("Dana (Group PM)").ClickAsync();
        await Expect(share.Links).ToContainTextAsync("Revoked");
        var refused = await view.GotoAsync(url);
        Assert.Equal(404, refused!.Status);
        await Expect(reading.NotFound).ToBeVisibleAsync();
        await mentor.CheckPageAsync("Mentor view after revocation");
    }
}
