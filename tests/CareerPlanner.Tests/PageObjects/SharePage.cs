using System.Net;
using AngleSharp.Html.Dom;
using CareerPlanner.Tests.Infrastructure;

namespace CareerPlanner.Tests.PageObjects;

/// <summary>"Share with a mentor", <c>/plans/{id}/share</c>: create a link (shown once), see and revoke the links.</summary>
public static class SharePage
{
    /// <summary>The form that creates a link (the other forms revoke one each).</summary>
    public const string CreateForm = "main form:not([action*='handler'])";
    public const string RevokeForm = "form[action*='handler=Revoke']";

    public const string Label = "Input.Label";
    public const string Expiry = "Input.Expiry";

    /// <summary>The table of links: one row per link, its label in the header cell, its state in a tag.</summary>
    public const string LinkRows = "tbody tr";
    public const string LinkCells = "tbody tr td";

    public static string Url(int planId) => $"/plans/{planId}/share";

    /// <summary>The address just created, shown once in a read-only field (the calendar page shows its feed's the same way).</summary>
    /// <summary>The field that shows a link just made (a share link or a calendar feed), once.</summary>
    public const string NewLinkField = "#new-link-url";

    public static string NewLinkUrl(HtmlPage page) => ((IHtmlInputElement)page.Document.QuerySelector(NewLinkField)!).Value;

    /// <summary>The expiry radio button that is checked.</summary>
    public static string? CheckedExpiry(HtmlPage page) => page.Document.QuerySelector($"input[name='{Expiry}'][checked]")!.GetAttribute("value");

    public static IHtmlFormElement RevokeFormFor(HtmlPage page, string label) =>
        page.Document.QuerySelectorAll(RevokeForm).OfType<IHtmlFormElement>().Single(f => f.TextContent.Contains(label, StringComparison.Ordinal));

    /// <summary>The table's rows as (label cell, state tag).</summary>
    public static List<(string Label, string State)> Links(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll(LinkRows).Select(r => (r.QuerySelector("th")!.TextContent, r.QuerySelector(".tag")!.TextContent))];

    /// <summary>Creates a link through the form and returns its address (<c>/m/{token}</c>) and the page that shows it.</summary>
    public static async Task<(string Link, HtmlPage Shown)> CreateLinkAsync(HtmlClient owner, int planId, string label, string expiry = "Days30")
    {
        var page = await owner.GetAsync(Url(planId));
        var created = await owner.SubmitAsync(page.Form(CreateForm), new Dictionary<string, string> { [Label] = label, [Expiry] = expiry });
        Assert.True(created.Status == HttpStatusCode.Redirect, string.Join("; ", created.SummaryErrors));
        var shown = await owner.FollowAsync(created);
        var url = NewLinkUrl(shown);
        Assert.Matches("^http://localhost/m/[A-Za-z0-9_-]{43}$", url);
        return (new Uri(url).AbsolutePath, shown);
    }
}
