using System.Net;
using CareerPlanner.Tests.Infrastructure;

namespace CareerPlanner.Tests.Hosting;

/// <summary>A request that no handler of a page takes is refused up front, never rendered half-loaded (a 500 before).</summary>
public sealed class UnhandledMethodTests : IDisposable
{
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<(HtmlClient Owner, int PlanId, string Token)> OwnerWithPlanAsync()
    {
        var owner = await _app.RegisteredClientAsync();
        var id = await owner.CreatePlanAsync("Methods");
        var page = await owner.GetAsync($"/plans/{id}");
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return (owner, id, token);
    }

    [Fact]
    public async Task PostToThePlanPage_WithoutAHandlerName_Answers400_AndAPut405WithAllow()
    {
        var (owner, id, token) = await OwnerWithPlanAsync();
        using var _ = owner;

        var post = await owner.PostAsync($"/plans/{id}", [new("__RequestVerificationToken", token)]);
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/plans/{id}") { Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]) };
        var putAnswer = await owner.Http.SendAsync(put);

        Assert.Equal(HttpStatusCode.BadRequest, post.Status);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, putAnswer.StatusCode);
        Assert.Equal(["GET", "POST"], putAnswer.Content.Headers.Allow.Order());
    }

    [Fact]
    public async Task PostToProgressReview_WithoutAHandlerName_Answers400_AndAnUnknownGetHandlerShowsThePage()
    {
        var (owner, id, token) = await OwnerWithPlanAsync();
        using var _ = owner;

        var post = await owner.PostAsync($"/plans/{id}/progress-review", [new("__RequestVerificationToken", token)]);
        var unknown = await owner.PostAsync($"/plans/{id}/progress-review?handler=Nope", [new("__RequestVerificationToken", token)]);
        var get = await owner.GetAsync($"/plans/{id}/progress-review?handler=Nope");

        Assert.Equal(HttpStatusCode.BadRequest, post.Status);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Equal(HttpStatusCode.OK, get.Status);
        Assert.Contains("Record a milestone", get.Text);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task OtherMethods_OnAStepPage_Answer405_OrAreRefusedWithoutAToken(string method)
    {
        var (owner, id, token) = await OwnerWithPlanAsync();
        using var _ = owner;

        using var withToken = new HttpRequestMessage(new HttpMethod(method), $"/plans/{id}/goals")
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]),
        };
        using var without = new HttpRequestMessage(new HttpMethod(method), $"/plans/{id}/goals");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await owner.Http.SendAsync(withToken)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await owner.Http.SendAsync(without)).StatusCode);
    }
}
