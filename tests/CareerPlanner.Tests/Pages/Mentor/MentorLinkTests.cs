using System.Net;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;
using CareerPlanner.Tests.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Tests.Pages.Mentor;

/// <summary>Mentor review by link: the reading view, comments and ratings, and what the planner sees of them.</summary>
public sealed class MentorLinkTests : IDisposable
{
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    /// <summary>A mentor: no account, a network address of their own.</summary>
    private HtmlClient Mentor(string address = "203.0.113.7") => _app.NewClient(address);

    [Fact]
    public async Task Mentor_OpensTheLinkWithoutAnAccount_Comments_AndThePlannerSeesIt()
    {
        var (owner, id) = await _app.OwnerWithPlanToReviewAsync();
        using var _ = owner;
        var link = await owner.ShareAsync(id);
        using var mentor = Mentor();

        var page = await mentor.GetAsync(link);
        Assert.True(page.Status == HttpStatusCode.OK, page.Text[..Math.Min(3000, page.Text.Length)]);
        Assert.Equal("Support → PM", page.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("Strengths of Support → PM", page.Text);
        Assert.Null(page.Document.QuerySelector("a[href$='/self-assessment']"));
        Assert.DoesNotContain("@example.com", page.Text);

        var form = page.Form(MentorPage.CommentFormOn("gapanalysis"));
        var sent = await mentor.SubmitAsync(form, new Dictionary<string, string>
        {
            [MentorPage.AuthorName] = "Dana",
            [MentorPage.Body] = "Your stakeholder level is closer to 3 than 2 — the triage meeting counts. **Prioritisation** is the real gap.",
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        var after = await mentor.FollowAsync(sent);
        Assert.StartsWith("Thank you — your comment on gap analysis was sent", after.StatusMessage);
        Assert.Equal("Dana", MentorPage.AuthorNameOn(after, "selfassessment"));

        var plans = await owner.GetAsync(MyPlansPage.Url);
        Assert.Equal("1 new mentor comment", plans.Document.QuerySelector(MyPlansPage.NewComments)!.TextContent.Trim());
        var overview = await owner.GetAsync(PlanOverviewPage.Url(id));
        var comment = overview.Document.QuerySelector($"{PlanOverviewPage.FeedbackOn("gapanalysis")} {PlanOverviewPage.Comment}")!;
        Assert.Contains("Dana", comment.QuerySelector(PlanOverviewPage.CommentMeta)!.TextContent);
        Assert.Contains("link for Dana (Group PM)", comment.TextContent);
        Assert.Equal("Prioritisation", comment.QuerySelector("strong:not(.comment-meta strong)")?.TextContent ?? comment.QuerySelectorAll("strong")[1].TextContent);
        Assert.Contains("New", comment.TextContent);
        Assert.Null((await owner.GetAsync(MyPlansPage.Url)).Document.QuerySelector(MyPlansPage.NewComments));

        var resolved = await owner.SubmitAsync(overview.Form(PlanOverviewPage.ResolveForm));
        overview = await owner.FollowAsync(resolved);
        Assert.Contains("Resolved", overview.Document.QuerySelector($"{PlanOverviewPage.FeedbackOn("gapanalysis")} {PlanOverviewPage.Comment}")!.TextContent);
    }

    [Fact]
    public async Task Mentor_RatesTheGaps_AndTheOwnerSeesADisagreementFlag()
    {
        var (owner, id) = await _app.OwnerWithPlanToReviewAsync();
        using var _ = owner;
        var link = await owner.ShareAsync(id);
        using var mentor = Mentor();

        var page = await mentor.GetAsync(link);
        var rated = await mentor.SubmitAsync(page.Form(MentorPage.RatingsForm), new Dictionary<string, string> { [MentorPage.Rating(0)] = "4" });
        Assert.Equal(HttpStatusCode.Redirect, rated.Status);
        page = await mentor.FollowAsync(rated);
        Assert.Equal("4", MentorPage.SelectedRating(page, 0));

        var overview = await owner.GetAsync(PlanOverviewPage.Url(id));
        var row = overview.Document.QuerySelector(PlanOverviewPage.RatingRows)!;
        Assert.Contains("Dana (Group PM): 4 — worth a conversation", row.TextContent);
        Assert.NotNull(row.QuerySelector(".rating.disagree"));
    }

    [Fact]
    public async Task PlannerSeesCommentsAndRatings_OnTheStepPagesTheyBelongTo()
    {
        var (owner, id) = await _app.OwnerWithPlanToReviewAsync();
        using var _ = owner;
        var link = await owner.ShareAsync(id);
        using var mentor = Mentor();
        var page = await mentor.GetAsync(link);
        await mentor.SubmitAsync(page.Form(MentorPage.CommentFormOn("gapanalysis")), new Dictionary<string, string> { [MentorPage.AuthorName] = "Dana", [MentorPage.Body] = "Prioritisation is the real gap." });
        await mentor.SubmitAsync(page.Form(MentorPage.RatingsForm), new Dictionary<string, string> { [MentorPage.Rating(0)] = "5" });

        var gapStep = await new GapAnalysisPage(owner, id).OpenAsync();
        var goalsStep = await new GoalsPage(owner, id).OpenAsync();

        Assert.Contains("Prioritisation is the real gap.", gapStep.Document.QuerySelector(StepPage.MentorFeedback)!.TextContent);
        Assert.Null(goalsStep.Document.QuerySelector(StepPage.MentorFeedback));
        Assert.Contains("Dana (Group PM): 5 — worth a conversation", gapStep.Document.QuerySelector(GapAnalysisPage.GapsTableRows)!.TextContent);
    }

    [Fact]
    public async Task TokenOfPlanA_NeverShowsPlanB()
    {
        var (ownerA, planA) = await _app.OwnerWithPlanToReviewAsync("Plan A");
        var (ownerB, planB) = await _app.OwnerWithPlanToReviewAsync("Plan B");
        using var a = ownerA;
        using var b = ownerB;
        var linkA = await ownerA.ShareAsync(planA);
        await ownerB.ShareAsync(planB);
        using var mentor = Mentor();

        var page = await mentor.GetAsync(linkA);

        Assert.Contains("Strengths of Plan A", page.Text);
        Assert.DoesNotContain("Plan B", page.Text);
        // The link never reaches the owner's pages either.
        Assert.Equal(HttpStatusCode.Redirect, (await mentor.GetAsync(PlanOverviewPage.Url(planA))).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await mentor.GetAsync(PlanOverviewPage.Url(planB))).Status);
    }

    [Theory]
    [MemberData(nameof(MarkdownSafetyTests.Payloads), MemberType = typeof(MarkdownSafetyTests))]
    public async Task MentorComments_RenderInert(string payload)
    {
        var (owner, id) = await _app.OwnerWithPlanToReviewAsync();
        using var _ = owner;
        var link = await owner.ShareAsync(id);
        using var mentor = Mentor();
        var page = await mentor.GetAsync(link);
        await mentor.SubmitAsync(page.Form(MentorPage.CommentForm), new Dictionary<string, string> { [MentorPage.AuthorName] = "<b onclick=x>Dana</b>", [MentorPage.Body] = payload });

        foreach (var view in new[] { await owner.GetAsync(PlanOverviewPage.Url(id)), await mentor.GetAsync(link) })
        {
            var comment = view.Document.QuerySelector(PlanOverviewPage.Comment)!;
            Assert.Contains("<b onclick=x>Dana</b>", comment.QuerySelector(PlanOverviewPage.CommentMeta)!.TextContent);
            comment = comment.QuerySelector(PlanOverviewPage.CommentBody)!;
            Assert.Empty(comment.QuerySelectorAll("script, iframe, img, svg, form, object"));
            Assert.All(comment.QuerySelectorAll("*"), e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal)));
            Assert.All(comment.QuerySelectorAll("a[href]"), a => Assert.Matches("^(https?:|mailto:)", a.GetAttribute("href")!));
        }
    }

    [Fact]
    public async Task CommentPost_WithoutAntiforgeryToken_Is400()
    {
        var (owner, id) = await _app.OwnerWithPlanToReviewAsync();
        using var _ = owner;
        var link = await owner.ShareAsync(id);
        using var mentor = Mentor();
        await mentor.GetAsync(link);

        var response = await mentor.PostAsync(link + "?handler=Comment", [new(MentorPage.Step, "Goals"), new(MentorPage.AuthorName, "Dana"), new(MentorPage.Body, "Hi")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(0, await _app.QueryAsync(db => db.MentorComments.CountAsync()));
    }
}
