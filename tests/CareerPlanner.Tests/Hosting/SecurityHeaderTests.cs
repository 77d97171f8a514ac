using System.Net;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;

namespace CareerPlanner.Tests.Hosting;

public sealed class SecurityHeaderTests : IDisposable
{
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("/")]
    [InlineData("/account/login")]
    [InlineData("/plans")]
    [InlineData("/no-such-page")]
    [InlineData("/css/site.css")]
    [InlineData("/healthz")]
    public async Task EveryResponse_CarriesTheSecurityHeaders_AndNoServerHeader(string url)
    {
        using var client = await _app.RegisteredClientAsync();

        using var response = await client.Http.GetAsync(url);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Contains("base-uri 'none'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Cross-Origin-Opener-Policy").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Trace_IsRefusedWith405()
    {
        using var client = _app.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Trace, "/");
        using var response = await client.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task ATamperedCheckbox_GivesAMessage_NotA500()
    {
        using var client = _app.NewClient();
        var page = await client.FillAsync(LoginPage.Url, new Dictionary<string, string>
        {
            [LoginPage.Email] = "someone@example.com",
            [LoginPage.Password] = "whatever password",
            [LoginPage.RememberMe] = "abc",
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("someone@example.com", page.Value(LoginPage.Email));
        Assert.NotEmpty(page.SummaryErrors);
    }
}
