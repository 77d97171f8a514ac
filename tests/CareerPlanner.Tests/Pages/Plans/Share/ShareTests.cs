using System.Net;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Tests.Pages.Plans.Share;

/// <summary>The share page: links are made with a label, listed with their state, revoked one by one, and the owner's alone.</summary>
public sealed class ShareTests : IDisposable
{
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task RevokedLink_Is404OnTheNextRequest_AndOtherLinksStillWork()
    {
        var (owner, id) = await _app.OwnerWithPlanToReviewAsync();
        using var _ = owner;
        var first = await owner.ShareAsync(id, "Dana");
        var second = await owner.ShareAsync(id, "Sam");
        using var mentor = _app.NewClient("203.0.113.7");
        Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync(first)).Status);

        var share = await owner.GetAsync(SharePage.Url(id));
        var revoked = await owner.SubmitAsync(SharePage.RevokeFormFor(share, "Dana"));
        var list = await owner.FollowAsync(revoked);

        Assert.StartsWith("Link for Dana revoked.", list.StatusMessage);
        var refused = await mentor.GetAsync(first);
        Assert.Equal(HttpStatusCode.NotFound, refused.Status);
        Assert.Contains("Page not found", refused.Text);
        Assert.DoesNotContain("Support → PM", refused.Text);
        Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync(second)).Status);
        var statuses = SharePage.Links(list);
        Assert.Contains(statuses, s => s.Label.StartsWith("Dana", StringComparison.Ordinal) && s.State == "Revoked");
        Assert.Contains(statuses, s => s.Label.StartsWith("Sam", StringComparison.Ordinal) && s.State == "Active");
    }

    [Fact]
    public async Task AnotherUser_CannotSeeOrRevokeTheLinks()
    {
        var (owner, id) = await _app.OwnerWithPlanToReviewAsync();
        using var _ = owner;
        await owner.ShareAsync(id);
        using var other = await _app.RegisteredClientAsync();
        var otherId = await other.CreatePlanAsync("Mine");
        var token = (await other.GetAsync(SharePage.Url(otherId))).AntiforgeryToken;
        var linkId = await _app.QueryAsync(db => db.ShareLinks.Select(l => l.Id).SingleAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(SharePage.Url(id))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"{SharePage.Url(id)}?handler=Revoke&linkId={linkId}", [new(HtmlPage.AntiforgeryField, token)])).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync(SharePage.Url(id), [new(HtmlPage.AntiforgeryField, token), new(SharePage.Label, "Me"), new(SharePage.Expiry, "Days7")])).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"{SharePage.Url(otherId)}?handler=Revoke&linkId={linkId}", [new(HtmlPage.AntiforgeryField, token)])).Status);
        Assert.Null(await _app.QueryAsync(db => db.ShareLinks.Select(l => l.RevokedAt).SingleAsync()));
    }

    [Fact]
    public async Task CreatingALink_WithoutALabel_ShowsAMessage()
    {
        var (owner, id) = await _app.OwnerWithPlanToReviewAsync();
        using var _ = owner;
        var page = await owner.GetAsync(SharePage.Url(id));

        var result = await owner.SubmitAsync(page.Form(SharePage.CreateForm), new Dictionary<string, string> { [SharePage.Label] = " ", [SharePage.Expiry] = "Never" });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("Label is required.", result.FieldError(SharePage.Label));
        Assert.Equal("Never", SharePage.CheckedExpiry(result));
        Assert.Equal(0, await _app.QueryAsync(db => db.ShareLinks.CountAsync()));
    }
}
