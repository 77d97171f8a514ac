using System.Globalization;
using System.Net;
using System.Text;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;
using Xunit.Abstractions;

namespace CareerPlanner.Tests.Security;

/// <summary>
/// How the method matrix probes a route: which requests it sends (each method, and a handler name the
/// page lacks), what the app must answer once the caller is past sign-in, and how an answer is judged.
/// </summary>
internal static class MethodProbes
{
    public const string UnknownHandler = "NoSuchHandler";

    public static readonly string[] Methods = ["GET", "POST", "PUT", "DELETE", "PATCH"];

    /// <summary>What every route keeps: the status, an <c>Allow</c> header on a 405, sign-in before anything else.</summary>
    public static readonly Strictness Contract = new(ExactAllow: false, VisitorsToo: false);

    /// <summary>One request the matrix sends to a route: a method, and the handler name in the query if any.</summary>
    public sealed record Probe(string Method, string? Handler)
    {
        public override string ToString() => Handler is null ? Method : $"{Method} ?handler={Handler}";
    }

    /// <summary>What the app must answer a probe once the caller is past sign-in: a status and, for 405, the methods the route has.</summary>
    public sealed record Expected(HttpStatusCode Status, IReadOnlyList<string>? Allow = null);

    /// <summary>How closely an answer is judged beyond <see cref="Contract"/>.</summary>
    /// <param name="ExactAllow">A 405's <c>Allow</c> must name exactly the route's methods, not merely be there.</param>
    /// <param name="VisitorsToo">A visitor on an open endpoint must get the same answer as anyone, not a sign-in page.</param>
    public sealed record Strictness(bool ExactAllow, bool VisitorsToo);

    public sealed record Row(AppRoute Route, Probe Probe, Caller Caller, int Status, string? Allow, string? Location, string? Problem);

    public static IEnumerable<Probe> ProbesOf(AppRoute route) =>
        route.IsPage
            ? [.. Methods.Select(m => new Probe(m, null)), new Probe("GET", UnknownHandler), new Probe("POST", UnknownHandler)]
            : Methods.Select(m => new Probe(m, null));

    /// <summary>What a probe must get once past sign-in; null when a handler takes it (the access matrix calls those).</summary>
    public static Expected? Expect(AppRoute route, Probe probe)
    {
        if (!route.IsPage)
        {
            return route.Methods.Contains("*") || route.Methods.Contains(probe.Method) ? null : new Expected(HttpStatusCode.MethodNotAllowed, route.Methods);
        }

        if (route.Handlers.Count == 0)
        {
            // A page that only renders: see APageThatOnlyRenders_AnswersEveryMethodButGet_With405.
            return null;
        }

        var sameMethod = route.Handlers.Where(h => h.Method == probe.Method).ToList();
        if (sameMethod.Count == 0)
        {
            return new Expected(HttpStatusCode.MethodNotAllowed, route.Methods);
        }

        // A handler without a name takes its method whatever name the query gives (Razor Pages' default handler).
        if (sameMethod.Any(h => h.Name is null || string.Equals(h.Name, probe.Handler, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return new Expected(probe.Method == "GET" ? HttpStatusCode.NotFound : HttpStatusCode.BadRequest);
    }

    public static async Task<Row> CallAsync(AccessScene scene, AppRoute route, Probe probe, Caller caller, Expected expected, Strictness strictness)
    {
        var (client, antiforgery) = scene.Callers[caller];
        var url = scene.PathFor(route.Route, caller) + (probe.Handler is null ? "" : "?handler=" + probe.Handler);
        using var request = new HttpRequestMessage(new HttpMethod(probe.Method), url);
        if (probe.Method != "GET")
        {
            request.Content = new FormUrlEncodedContent([new(HtmlPage.AntiforgeryField, antiforgery)]);
        }

        using var response = await client.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var allow = response.Content.Headers.Allow.Count > 0 ? string.Join(", ", response.Content.Headers.Allow) : null;
        var location = response.Headers.Location?.OriginalString;
        return new Row(route, probe, caller, (int)response.StatusCode, allow, location, Judge(route, caller, expected, (int)response.StatusCode, allow, location, body, strictness));
    }

    /// <summary>Null if the answer is the one this caller must get; otherwise what is wrong with it.</summary>
    public static string? Judge(AppRoute route, Caller caller, Expected expected, int status, string? allow, string? location, string body, Strictness strictness)
    {
        if (status >= 500)
        {
            return "server error";
        }

        if (caller != Caller.Owner && (body.Contains("Support engineer", StringComparison.Ordinal) || body.Contains("Explains complex problems", StringComparison.Ordinal)))
        {
            return "the answer shows the owner's plan";
        }

        var signedIn = caller is Caller.Owner or Caller.OtherUser;
        var toLogin = status is 302 or 303 && location is not null && new Uri(new Uri("http://localhost"), location).AbsolutePath == LoginPage.Url;
        if (!route.AllowsAnonymous && !signedIn)
        {
            return toLogin ? null : "expected a redirect to /account/login";
        }

        if (!route.IsPage && !signedIn && toLogin && !strictness.VisitorsToo)
        {
            // The app's sign-in requirement covers the answer routing gives a method no endpoint takes: see AWrongMethodOnAnOpenEndpoint_Is405_ForAVisitorToo.
            return null;
        }

        if (status != (int)expected.Status)
        {
            return $"expected {(int)expected.Status}";
        }

        if (expected.Allow is not { } methods)
        {
            return null;
        }

        var given = (allow ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToList();
        if (given.Count == 0)
        {
            return "a 405 without an Allow header";
        }

        return !strictness.ExactAllow || given.SequenceEqual(methods) ? null : $"expected Allow: {string.Join(", ", methods)}";
    }

    public static void AssertAnsweredRightly(List<Row> rows, ITestOutputHelper output)
    {
        output.WriteLine(Table(rows, []));
        Assert.NotEmpty(rows);
        var problems = rows.Where(r => r.Problem is not null).Select(r => $"{r.Caller} {r.Probe} {r.Route} → {r.Status} {r.Allow} {r.Location}: {r.Problem}").ToList();
        Assert.True(problems.Count == 0, $"{problems.Count} of {rows.Count} calls were answered wrongly:\n" + string.Join("\n", problems));
    }

    /// <summary>The calls as a table, for the test's output.</summary>
    public static string Table(List<Row> rows, List<string> handled)
    {
        var table = new StringBuilder();
        table.AppendLine();
        table.AppendLine(CultureInfo.InvariantCulture, $"Method matrix: {rows.Count} calls ({rows.Select(r => (r.Route, r.Probe)).Distinct().Count()} route × probe pairs no handler takes, × their callers).");
        if (handled.Count > 0)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"Taken by a handler, so left to the access matrix: {string.Join("; ", handled)}.");
        }

        table.AppendLine(CultureInfo.InvariantCulture, $"{"Route",-34} {"Probe",-28} {"Caller",-17} {"Status",-6} {"Allow",-12} {"Location",-40} Verdict");
        foreach (var row in rows)
        {
            var location = row.Location is null ? "" : row.Location.Length > 40 ? row.Location[..39] + "…" : row.Location;
            table.AppendLine(CultureInfo.InvariantCulture, $"{row.Route,-34} {row.Probe,-28} {row.Caller,-17} {row.Status,-6} {row.Allow,-12} {location,-40} {row.Problem ?? "ok"}");
        }

        return table.ToString();
    }
}
