using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Parser;
using CareerPlanner.Tests.Infrastructure;

namespace CareerPlanner.Tests.PageObjects;

/// <summary>"Import a plan", <c>/plans/import</c>: one file field.</summary>
public static class ImportPage
{
    public const string Url = "/plans/import";
    public const string PlanFile = "PlanFile";

    public static Task<HtmlPage> ImportAsync(HtmlClient client, string json, string fileName = "plan.careerplan.json") =>
        ImportBytesAsync(client, Encoding.UTF8.GetBytes(json), fileName);

    /// <summary>Uploads a file as the browser sends it (multipart, with the page's antiforgery token).</summary>
    public static async Task<HtmlPage> ImportBytesAsync(HtmlClient client, byte[] bytes, string fileName = "plan.careerplan.json")
    {
        var page = await client.GetAsync(Url);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(page.AntiforgeryToken), HtmlPage.AntiforgeryField },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Add(file, PlanFile, fileName);
        var response = await client.Http.PostAsync(Url, content);
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlPage(response, new HtmlParser().ParseDocument(html), Url);
    }
}

/// <summary>The plan's downloads, <c>/plans/{id}/export/{format}</c>.</summary>
public static class ExportPage
{
    public static string Json(int planId) => $"/plans/{planId}/export/json";

    public static string Markdown(int planId) => $"/plans/{planId}/export/markdown";
}
