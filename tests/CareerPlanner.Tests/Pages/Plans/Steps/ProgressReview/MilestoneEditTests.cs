using System.Net;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Tests.Pages.Plans.Steps.ProgressReview;

/// <summary>A recorded milestone can be corrected; a refused correction keeps what was typed and changes nothing.</summary>
public sealed class MilestoneEditTests : IDisposable
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(AppFactory.Today.UtcDateTime);
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<(HtmlClient Owner, int Id)> PlanWithMilestoneAsync()
    {
        var owner = await _app.RegisteredClientAsync();
        var id = await owner.CreatePlanAsync("Milestones");
        var recorded = await owner.FillAsync($"/plans/{id}/progress-review",
            new Dictionary<string, string> { [ProgressReviewPage.MilestoneKind] = "Certification", [ProgressReviewPage.MilestoneDate] = Today.AddDays(-3).ToString("yyyy-MM-dd"), [ProgressReviewPage.MilestoneNote] = "AWS pratcitioner" },
            formSelector: ProgressReviewPage.MilestoneForm);
        Assert.Equal(HttpStatusCode.Redirect, recorded.Status);
        return (owner, id);
    }

    [Fact]
    public async Task EditingAMilestone_SavesTheCorrection_AndSaysSo()
    {
        var (owner, id) = await PlanWithMilestoneAsync();
        using var _ = owner;

        var saved = await owner.FillAsync($"/plans/{id}/progress-review",
            new Dictionary<string, string> { [ProgressReviewPage.EditNote] = "AWS practitioner", [ProgressReviewPage.EditDate] = Today.AddDays(-4).ToString("yyyy-MM-dd") },
            formSelector: ProgressReviewPage.EditMilestoneForm);
        var page = await owner.FollowAsync(saved);

        Assert.Equal("Milestone updated.", page.StatusMessage);
        Assert.Contains("AWS practitioner", page.Document.QuerySelector(ProgressReviewPage.MilestoneList)!.TextContent);
        var milestone = (await _app.QueryAsync(db => db.Plans.AsNoTracking().SingleAsync())).Milestones.Single();
        Assert.Equal(("AWS practitioner", Today.AddDays(-4)), (milestone.Note, milestone.Date));
    }

    [Fact]
    public async Task AnEditDatedInTheFuture_IsRefusedByItsField_KeepsTheTyping_AndChangesNothing()
    {
        var (owner, id) = await PlanWithMilestoneAsync();
        using var _ = owner;

        var refused = await owner.FillAsync($"/plans/{id}/progress-review",
            new Dictionary<string, string> { [ProgressReviewPage.EditNote] = "Typed again", [ProgressReviewPage.EditDate] = Today.AddDays(5).ToString("yyyy-MM-dd") },
            formSelector: ProgressReviewPage.EditMilestoneForm);

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("cannot be in the future", refused.Document.QuerySelector(ProgressReviewPage.EditDateField)!.ParentElement!.TextContent);
        Assert.Equal("Typed again", refused.Value(ProgressReviewPage.EditNote));
        Assert.NotNull(refused.Document.QuerySelector(ProgressReviewPage.OpenEdit));
        Assert.Equal("AWS pratcitioner", (await _app.QueryAsync(db => db.Plans.AsNoTracking().SingleAsync())).Milestones.Single().Note);
    }
}
