using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace CareerPlanner.Tests.Infrastructure;

/// <summary>A page as the client received it: status, headers, and the parsed document.</summary>
public sealed record HtmlPage(HttpResponseMessage Response, IHtmlDocument Document, string Url)
{
    public HttpStatusCode Status => Response.StatusCode;

    public string? Location => Response.Headers.Location?.OriginalString;

    public IHtmlFormElement Form(string? selector = null) =>
        (selector is null ? Document.Forms.FirstOrDefault(f => !IsLogoutForm(f)) : Document.QuerySelector<IHtmlFormElement>(selector))
        ?? throw new InvalidOperationException($"No form {selector} on {Url}:\n{Document.Body?.TextContent}");

    public string Text => Document.Body?.TextContent ?? "";

    /// <summary>The error message shown next to a field, e.g. "Input.Title".</summary>
    public string? FieldError(string fieldName) =>
        Document.QuerySelector($"span[data-valmsg-for='{fieldName}']")?.TextContent.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>The messages of the error summary, without the "Skill 2: " that says which row each is about.</summary>
    public IReadOnlyList<string> SummaryErrors =>
        [.. Document.QuerySelectorAll(".error-summary li").Select(li => li.TextContent.Trim()[(li.QuerySelector(".error-where")?.TextContent.Length ?? 0)..].Trim())];

    public string? StatusMessage => Document.QuerySelector("[role=status]")?.TextContent.Trim();

    /// <summary>The name of the hidden field every form carries its antiforgery token in.</summary>
    public const string AntiforgeryField = "__RequestVerificationToken";

    /// <summary>The antiforgery token of the page's forms, for a request built by hand.</summary>
    public string AntiforgeryToken => Document.QuerySelector($"main input[name='{AntiforgeryField}']")!.GetAttribute("value")!;

    public string? Value(string fieldName) => Document.QuerySelector($"[name='{fieldName}']") switch
    {
        IHtmlTextAreaElement area => area.Value,
        IHtmlSelectElement select => select.Value,
        IHtmlInputElement input => input.Value,
        _ => null,
    };

    private static bool IsLogoutForm(IHtmlFormElement form) => form.Action.EndsWith("/account/logout", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Drives the app the way a browser without JavaScript does: GET a page, fill its real form
/// (antiforgery token and hidden fields included), press a button.
/// </summary>
public sealed class HtmlClient(HttpClient http) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http => http;

    public async Task<HtmlPage> GetAsync(string url)
    {
        var response = await http.GetAsync(url);
        return await ParseAsync(response, url);
    }

    /// <summary>Submits a form with the values it already holds, overridden by <paramref name="values"/>, as if <paramref name="button"/> was pressed.</summary>
    public async Task<HtmlPage> SubmitAsync(IHtmlFormElement form, IDictionary<string, string>? values = null, string? button = null)
    {
        var fields = FormFields(form, button);
        if (values is not null)
        {
            foreach (var (name, value) in values)
            {
                fields.RemoveAll(f => f.Key == name);
                fields.Add(new(name, value));
            }
        }

        return await PostAsync(ActionOf(form, button), fields);
    }

    public async Task<HtmlPage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        var response = await http.PostAsync(url, content);
        return await ParseAsync(response, url);
    }

    /// <summary>GET a page and submit its form in one go.</summary>
    public async Task<HtmlPage> FillAsync(string url, IDictionary<string, string> values, string? button = null, string? formSelector = null)
    {
        var page = await GetAsync(url);
        return await SubmitAsync(page.Form(formSelector), values, button);
    }

    public async Task<HtmlPage> FollowAsync(HtmlPage redirect) =>
        await GetAsync(redirect.Location ?? throw new InvalidOperationException($"{redirect.Url} answered {(int)redirect.Status} without a redirect."));

    public void Dispose() => http.Dispose();

    private static List<KeyValuePair<string, string>> FormFields(IHtmlFormElement form, string? button)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name: { Length: > 0 } name } input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        fields.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlInputElement { Name: { Length: > 0 } name } input when input.Type is not ("submit" or "button" or "image"):
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement { Name: { Length: > 0 } name } area:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement { Name: { Length: > 0 } name } select:
                    fields.Add(new(name, select.Value ?? ""));
                    break;
                default:
                    break;
            }
        }

        if (button is not null && FindButton(form, button) is { Name: { Length: > 0 } buttonName } pressed)
        {
            fields.Add(new(buttonName, pressed.Value));
        }

        return fields;
    }

    private static string ActionOf(IHtmlFormElement form, string? button)
    {
        var formAction = button is null ? null : FindButton(form, button)?.GetAttribute("formaction");
        var action = formAction ?? form.GetAttribute("action");
        return string.IsNullOrEmpty(action) ? new Uri(form.BaseUri).PathAndQuery : action;
    }

    private static IHtmlButtonElement? FindButton(IHtmlFormElement form, string text)
    {
        var buttons = form.QuerySelectorAll<IHtmlButtonElement>("button").Concat(
            form.Owner!.QuerySelectorAll<IHtmlButtonElement>($"button[form='{form.Id}']").Where(_ => form.Id is { Length: > 0 }));
        return buttons.FirstOrDefault(b => b.TextContent.Trim() == text || b.GetAttribute("aria-label") == text)
            ?? throw new InvalidOperationException($"No button “{text}” in the form. Buttons: {string.Join(", ", buttons.Select(b => b.TextContent.Trim()))}");
    }

    private async Task<HtmlPage> ParseAsync(HttpResponseMessage response, string url)
    {
        var html = await response.Content.ReadAsStringAsync();
        var document = await Parser.ParseDocumentAsync(html);
        // Relative form actions resolve against the page's own address.
        var baseUri = new Uri(http.BaseAddress!, url);
        var head = document.Head;
        if (head is not null && document.QuerySelector("base") is null)
        {
            var baseElement = document.CreateElement("base");
            baseElement.SetAttribute("href", baseUri.ToString());
            head.Prepend(baseElement);
        }

        return new HtmlPage(response, document, url);
    }
}
