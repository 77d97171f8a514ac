using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerPlanner.Tests.Infrastructure;

/// <summary>A session's cookies copied out of a browser, to replay them later or on another app: what a stolen or restored cookie does.</summary>
public static class CopiedCookies
{
    /// <summary>The cookies a response set, as a browser sends them back: <c>name=value; name2=value2</c>.</summary>
    public static string Of(HtmlPage page) =>
        string.Join("; ", page.Response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

    /// <summary>GETs <paramref name="url"/> with exactly these cookies, from a client that keeps none of its own.</summary>
    public static async Task<HttpResponseMessage> GetWithCookieAsync(this AppFactory app, string cookie, string url = "/plans")
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }
}
