using System.Net;
using CareerPlanner.Tests.Infrastructure;
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
            new Dictionary<string, string> { ["Milestone.Kind"] = "Certification", ["Milestone.Date"] = Today.AddDays(-3).ToString("yyyy-MM-dd"), ["Milestone.Note"] = "AWS pratcitioner" },
            formSelector: "form[action*='handler=Milestone']");
        Assert.Equal(HttpStatusCode.Redirect, recorded.Status);
        return (owner, id);
    }

    [Fact]
    public async Task EditingAMilestone_SavesTheCorrection_AndSaysSo()
    {
        var (owner, id) = await PlanWithMilestoneAsync();
        using var _ = owner;

        var saved = await owner.FillAsync($"/plans/{id}/progress-review",
            new Dictionary<string, string> { ["Edit.Note"] = "AWS practitioner", ["Edit.Date"] = Today.AddDays(-4).ToString("yyyy-MM-dd") },
            formSelector: "form[action*='handler=UpdateMilestone']");
        var page = await owner.FollowAsync(saved);

        Assert.Equal("Milestone updated.", page.StatusMessage);
        Assert.Contains("AWS practitioner", page.Document.QuerySelector(".milestone-list")!.TextContent);
        var milestone = (await _app.QueryAsync(db => db.Plans.AsNoTracking().SingleAsync())).Milestones.Single();
        Assert.Equal(("AWS practitioner", Today.AddDays(-4)), (milestone.Note, milestone.Date));
    }

    [Fact]
    public async Task AnEditDatedInTheFuture_IsRefusedByItsField_KeepsTheTyping_AndChangesNothing()
    {
        var (owner, id) = await PlanWithMilestoneAsync();
        using var _ = owner;

        var refused = await owner.FillAsync($"/plans/{id}/progress-review",
            new Dictionary<string, string> { ["Edit.Note"] = "Typed again", ["Edit.Date"] = Today.AddDays(5).ToString("yyyy-MM-dd") },
            formSelector: "form[action*='handler=UpdateMilestone']");

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("cannot be in the future", refused.Document.QuerySelector("#Edit_Date")!.ParentElement!.TextContent);
        Assert.Equal("Typed again", refused.Value("Edit.Note"));
        Assert.NotNull(refused.Document.QuerySelector("details.milestone-edit[open]"));
        Assert.Equal("AWS pratcitioner", (await _app.QueryAsync(db => db.Plans.AsNoTracking().SingleAsync())).Milestones.Single().Note);
    }
}
