using CareerPlanner.Tests.Infrastructure;

namespace CareerPlanner.Tests.Pages.Mentor;

/// <summary>A mentor, who has no account, is offered none: the page says whose link it is, once.</summary>
public sealed class MentorPageHeaderTests : IDisposable
{
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task TheMentorPage_OffersNoSignIn_AndNamesTheLinkWithoutDoubledParentheses()
    {
        var (owner, id) = await _app.OwnerWithExamplePlanAsync();
        using var _ = owner;
        var link = await owner.ShareAsync(id, label: "Priya (CNIO office)");
        using var mentor = _app.NewClient();

        var page = await mentor.GetAsync(link);

        Assert.Null(page.Document.QuerySelector("header a[href='/account/login']"));
        Assert.Null(page.Document.QuerySelector("header a[href='/account/register']"));
        var banner = page.Document.QuerySelector(".mentor-banner")!.TextContent;
        Assert.Contains("through the link “Priya (CNIO office)”", banner);
        Assert.DoesNotContain("))", banner);
        Assert.NotNull((await mentor.GetAsync("/")).Document.QuerySelector("header a[href='/account/login']"));
    }
}
