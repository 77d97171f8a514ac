using System.Text.RegularExpressions;
using CareerPlanner.Tests.Infrastructure;

namespace CareerPlanner.Tests.Security;

/// <summary>How the fuzzer sends a value and describes what came back.</summary>
internal static class FuzzRequests
{
    /// <summary>Separates what was sent from what came back, in a failure's description.</summary>
    public const string Answered = " ⇒ ";

    public static async Task<(int Status, string? Location, string Body)> SendAsync(HtmlClient client, FormSpec baseline, string field, bool inQuery, FuzzValue value)
    {
        var body = FormEncoding.EncodeAll(baseline.Fields);
        var query = FormEncoding.EncodeAll(baseline.Query);
        var target = inQuery ? query : body;
        var encodedName = FormEncoding.Encode(field);
        var at = target.FindIndex(p => p.Key == encodedName);
        target.RemoveAll(p => p.Key == encodedName);
        target.InsertRange(at < 0 ? target.Count : Math.Min(at, target.Count), value.Encoded.Select(v => new KeyValuePair<string, string>(encodedName, v)));
        try
        {
            using HttpContent content = baseline.Multipart ? FormEncoding.Multipart(body, baseline.FileFields) : FormEncoding.Body(body);
            using var response = await client.Http.PostAsync(baseline.ActionWith(query), content);
            var status = (int)response.StatusCode;
            return (status, response.Headers.Location?.OriginalString, status >= 500 ? await response.Content.ReadAsStringAsync() : "");
        }
        catch (Exception e) when (e is HttpRequestException or IOException or InvalidOperationException)
        {
            return (0, null, e.ToString());
        }
    }

    public static string Snippet(string body)
    {
        if (body.Length == 0)
        {
            return "";
        }

        var text = Regex.Replace(Regex.Replace(body, "<[^>]*>", " "), @"\s+", " ").Trim();
        return text.Length <= 300 ? text : text[..300] + "…";
    }

    public static string PagePattern(string url) =>
        Regex.Replace(Regex.Replace(url, @"/plans/\d+", "/plans/{id}"), "/m/[A-Za-z0-9_-]{43}", "/m/{token}");

    /// <summary>A redirect stays on this site: a path, or an absolute URL to this host (ASVS 5.1.5).</summary>
    public static bool IsLocal(string? location) =>
        location is null
        || (Uri.TryCreate(location, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" ? absolute.Host == "localhost"
            : location.StartsWith('/') && !location.StartsWith("//", StringComparison.Ordinal) && !location.StartsWith("/\\", StringComparison.Ordinal));

    public static string QueryKind(string original) => Guid.TryParse(original, out _) ? "hidden" : int.TryParse(original, out _) ? "number" : "text";
}
