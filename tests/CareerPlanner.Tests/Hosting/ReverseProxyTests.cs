using System.Net;
using CareerPlanner.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerPlanner.Tests.Hosting;

/// <summary>Behind a load balancer: forwarded headers are believed from the configured proxies only.</summary>
public sealed class ReverseProxyTests : IDisposable
{
    private const string Proxy = "10.0.0.5";
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private WebApplicationFactory<Program> BehindProxy(bool configured) =>
        _app.WithWebHostBuilder(builder =>
        {
            if (configured)
            {
                builder.UseSetting("CareerPlanner:ReverseProxy:KnownProxies", $"192.0.2.1, {Proxy}");
            }
        });

    private static HtmlClient Through(WebApplicationFactory<Program> app, string sender, string forwardedFor)
    {
        // A public host name: HSTS is never sent for localhost.
        var http = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://careerplanner.example"), AllowAutoRedirect = false });
        http.DefaultRequestHeaders.Add(TestClientAddress.Header, sender);
        http.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        return new HtmlClient(http);
    }

    [Fact]
    public async Task WithTheProxyConfigured_EachClientBehindItHasItsOwnGuessingLimit_AndHttpsIsSeen()
    {
        var app = BehindProxy(configured: true);
        using var guesser = Through(app, Proxy, "198.51.100.1");
        using var other = Through(app, Proxy, "198.51.100.2");

        for (var i = 0; i < LinkGuessingLimiter.FailuresAllowed; i++)
        {
            await guesser.GetAsync("/m/" + ShareTokens.NewToken());
        }

        Assert.Equal((HttpStatusCode)429, (await guesser.GetAsync("/m/" + ShareTokens.NewToken())).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("/m/" + ShareTokens.NewToken())).Status);
        // HSTS is only sent over HTTPS: the app saw the client's scheme, not the proxy's.
        var login = await other.GetAsync("/account/login");
        Assert.True(login.Response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task ForwardedHeaders_FromAnUnknownSender_OrWithoutTheSetting_AreIgnored()
    {
        using var spoofer = Through(BehindProxy(configured: true), "203.0.113.66", "198.51.100.9");
        using var unconfigured = Through(BehindProxy(configured: false), Proxy, "198.51.100.10");

        foreach (var client in new[] { spoofer, unconfigured })
        {
            var login = await client.GetAsync("/account/login");
            Assert.False(login.Response.Headers.Contains("Strict-Transport-Security"));
        }
    }
}
