using CareerPlanner.Tests.Infrastructure;

namespace CareerPlanner.Tests.Security;

/// <summary>
/// Besides bad values, each form the fuzzer reads is sent, with its baseline, by the methods no page
/// takes (PUT, DELETE, PATCH), and by POST with handler names it does not have — none, an unknown one,
/// another page's, its own in other case, markup, control characters, a long one, two at once — and
/// each page is read with those handler names. None of it may answer 5xx or redirect off the site.
/// </summary>
internal static class FuzzMethods
{
    /// <summary>The methods no page of the app has a handler for.</summary>
    public static readonly string[] OtherMethods = ["PUT", "DELETE", "PATCH"];

    /// <summary>The handler names tried on a form or page, its own left out; null sends none at all.</summary>
    public static IReadOnlyList<string?> HandlerNames(string? own) =>
    [
        .. new[]
        {
            null, "", "NoSuchHandler", own?.ToUpperInvariant(), own?.ToLowerInvariant(), own + "x", "Demo", "Resolve", "Comment", "Ratings",
            "RemoveMilestone", "Revoke", "Stop", "Delete", "OnPost", "Get", "../delete", "<script>alert(1)</script>", "\0", "%", " ",
            "Review,Milestone", new string('A', 5_000),
        }.Distinct().Where(name => !string.Equals(name, own, StringComparison.Ordinal)),
    ];

    /// <summary>A request the fuzzer made and what came back: the status (0 for a broken connection), the redirect, and a failure to record if any.</summary>
    public sealed record Probe(string Description, int Status, string? Location)
    {
        public bool Accepted => Status is >= 300 and < 400;

        public string? Failure =>
            Status is >= 500 or 0 ? $"{(Status == 0 ? "EXCEPTION" : Status)} {Description}"
            : Accepted && !FuzzRequests.IsLocal(Location) ? $"OPEN REDIRECT {Status} to {Location} after {Description}"
            : null;
    }

    /// <summary>Each page read with the other handler names, then each form sent by the other methods and with the other handler names.</summary>
    public static async Task<IReadOnlyList<Probe>> ProbeAsync(HtmlClient client, IEnumerable<string> pages, IEnumerable<FormSpec> forms)
    {
        var probes = new List<Probe>();
        foreach (var page in pages)
        {
            probes.AddRange(await ProbePageAsync(client, page));
        }

        foreach (var form in forms)
        {
            probes.AddRange(await ProbeFormAsync(client, form));
        }

        return probes;
    }

    /// <summary>The form, as it stands, sent by the other methods and with the other handler names.</summary>
    public static async Task<IReadOnlyList<Probe>> ProbeFormAsync(HtmlClient client, FormSpec form)
    {
        var probes = new List<Probe>();
        var query = FormEncoding.EncodeAll(form.Query);
        foreach (var method in OtherMethods)
        {
            probes.Add(await SendAsync(client, new HttpMethod(method), form.ActionWith(query), form));
        }

        foreach (var name in HandlerNames(form.Handler))
        {
            probes.Add(await SendAsync(client, HttpMethod.Post, WithHandler(form.Path, name, query), form));
        }

        return probes;
    }

    /// <summary>The page read with the other handler names.</summary>
    public static async Task<IReadOnlyList<Probe>> ProbePageAsync(HtmlClient client, string url)
    {
        var probes = new List<Probe>();
        foreach (var name in HandlerNames(null).Where(n => n is not null))
        {
            probes.Add(await SendAsync(client, HttpMethod.Get, WithHandler(url, name, []), form: null));
        }

        return probes;
    }

    private static string WithHandler(string path, string? name, IEnumerable<KeyValuePair<string, string>> encodedQuery)
    {
        var parts = (name is null ? [] : new[] { "handler=" + FormEncoding.Encode(name) }).Concat(encodedQuery.Select(q => q.Key + "=" + q.Value)).ToList();
        return parts.Count == 0 ? path : path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + string.Join("&", parts);
    }

    private static async Task<Probe> SendAsync(HtmlClient client, HttpMethod method, string url, FormSpec? form)
    {
        var description = $"{method} {FuzzRequests.PagePattern(url.Length <= 200 ? url : url[..200] + "…")}";
        try
        {
            using var request = new HttpRequestMessage(method, url);
            if (form is not null)
            {
                var body = FormEncoding.EncodeAll(form.Fields);
                request.Content = form.Multipart ? FormEncoding.Multipart(body, form.FileFields) : FormEncoding.Body(body);
            }

            using var response = await client.Http.SendAsync(request);
            var status = (int)response.StatusCode;
            var snippet = status >= 500 ? FuzzRequests.Snippet(await response.Content.ReadAsStringAsync()) : "";
            return new Probe(description + (snippet.Length > 0 ? FuzzRequests.Answered + snippet : ""), status, response.Headers.Location?.OriginalString);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or InvalidOperationException)
        {
            return new Probe($"{description}{FuzzRequests.Answered}{e.GetType().Name}: {e.Message}", 0, null);
        }
    }
}
