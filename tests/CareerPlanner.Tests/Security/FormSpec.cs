using AngleSharp.Html.Dom;
using CareerPlanner.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace CareerPlanner.Tests.Security;

/// <summary>
/// A form as a page rendered it: where it posts (path, handler, other query values) and what a
/// browser would send — every field with the value it holds, the default button, the antiforgery token.
/// </summary>
internal sealed class FormSpec
{
    public const string TokenField = HtmlPage.AntiforgeryField;

    public required string Path { get; init; }

    public required string? Handler { get; init; }

    /// <summary>Query values of the action other than the handler, e.g. <c>linkId=3</c>.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Query { get; init; }

    /// <summary>The body a browser would send, in order, antiforgery token included.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Fields { get; init; }

    /// <summary>Every field a person (or an attacker) can set: inputs, selects, textareas and named buttons — unticked boxes too — but not the token.</summary>
    public required IReadOnlyList<string> FieldNames { get; init; }

    /// <summary>Whether the form is sent as multipart/form-data (a file upload).</summary>
    public bool Multipart { get; init; }

    /// <summary>Each field's element: an input's type ("date", "number", "hidden"…), "select", "textarea" or "button".</summary>
    public IReadOnlyDictionary<string, string> Kinds { get; init; } = new Dictionary<string, string>();

    /// <summary>The file inputs: their value is the file's content.</summary>
    public IReadOnlyList<string> FileFields { get; init; } = [];

    /// <summary>Which form this is, whatever the plan, row or link: handler, field names with row numbers, query names.</summary>
    public string Shape => $"{Handler ?? "default"}({string.Join(",", FieldNames)})?{string.Join("&", Query.Select(q => q.Key))}";

    public string Action => ActionWith(FormEncoding.EncodeAll(Query));

    public string? Value(string name) => Fields.FirstOrDefault(f => f.Key == name).Value;

    public bool HasVersion => FieldNames.Any(IsVersion);

    public static bool IsVersion(string name) => name == "Version" || name.EndsWith(".Version", StringComparison.Ordinal);

    /// <summary>The action URL with the given, already percent-encoded, query values.</summary>
    public string ActionWith(IEnumerable<KeyValuePair<string, string>> encodedQuery)
    {
        var parts = new List<string>();
        if (Handler is not null)
        {
            parts.Add("handler=" + FormEncoding.Encode(Handler));
        }

        parts.AddRange(encodedQuery.Select(q => q.Key + "=" + q.Value));
        return parts.Count == 0 ? Path : Path + "?" + string.Join("&", parts);
    }

    public FormSpec With(IReadOnlyDictionary<string, string> values) => new()
    {
        Path = Path,
        Handler = Handler,
        Query = [.. Query.Select(q => values.TryGetValue(q.Key, out var v) ? new KeyValuePair<string, string>(q.Key, v) : q)],
        Fields = [.. Fields.Where(f => !values.ContainsKey(f.Key)), .. values.Where(v => FieldNames.Contains(v.Key)).Select(v => new KeyValuePair<string, string>(v.Key, v.Value))],
        FieldNames = FieldNames,
        Multipart = Multipart,
        FileFields = FileFields,
        Kinds = Kinds,
    };

    /// <summary>Every form of the page but the sign-out button in the header.</summary>
    public static IReadOnlyList<FormSpec> AllOn(HtmlPage page) =>
        [.. page.Document.Forms.Where(f => !(f.GetAttribute("action") ?? "").EndsWith("/account/logout", StringComparison.OrdinalIgnoreCase)).Select(f => Of(f, page.Url))];

    public static FormSpec Of(IHtmlFormElement form, string pageUrl)
    {
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : pageUrl;
        var uri = new Uri(new Uri("http://localhost"), action);
        var query = QueryHelpers.ParseQuery(uri.Query);
        string? handler = query.TryGetValue("handler", out var h) ? h.ToString() : null;

        var fields = new List<KeyValuePair<string, string>>();
        var names = new List<string>();
        var files = new List<string>();
        var kinds = new Dictionary<string, string>();
        void Name(string name, string kind)
        {
            if (name != TokenField && !names.Contains(name))
            {
                names.Add(name);
                kinds[name] = kind;
            }
        }

        void Field(string name, string kind, string value)
        {
            Name(name, kind);
            fields.Add(new(name, value));
        }

        string? defaultButton = null;
        string? defaultButtonValue = null;
        void SubmitButton(string name, string value)
        {
            Name(name, "button");
            defaultButton ??= name;
            defaultButtonValue ??= value;
        }

        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name: { Length: > 0 } name } input when input.Type is "checkbox" or "radio":
                    Name(name, input.Type);
                    if (input.IsChecked)
                    {
                        fields.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlInputElement { Name: { Length: > 0 } name } input when input.Type is "submit" or "image":
                    SubmitButton(name, input.Value);
                    break;
                case IHtmlInputElement { Name: { Length: > 0 } } input when input.Type is "button" or "reset":
                    break;
                case IHtmlInputElement { Name: { Length: > 0 } name } input when input.Type is "file":
                    Field(name, "file", "");
                    files.Add(name);
                    break;
                case IHtmlInputElement { Name: { Length: > 0 } name } input:
                    Field(name, input.Type ?? "text", input.Value);
                    break;
                case IHtmlTextAreaElement { Name: { Length: > 0 } name } area:
                    Field(name, "textarea", area.Value);
                    break;
                case IHtmlSelectElement { Name: { Length: > 0 } name } select:
                    Field(name, "select", select.Value ?? "");
                    break;
                case IHtmlButtonElement { Name: { Length: > 0 } name } button when button.Type is "submit" or "":
                    SubmitButton(name, button.Value);
                    break;
                default:
                    break;
            }
        }

        // Pressing Enter sends the form's first submit button.
        if (defaultButton is not null)
        {
            fields.Add(new(defaultButton, defaultButtonValue ?? ""));
        }

        return new FormSpec
        {
            Path = uri.AbsolutePath,
            Handler = handler,
            Query = [.. query.Where(q => q.Key != "handler").SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? "")))],
            Fields = fields,
            FieldNames = names,
            Multipart = string.Equals(form.GetAttribute("enctype"), "multipart/form-data", StringComparison.OrdinalIgnoreCase),
            FileFields = files,
            Kinds = kinds,
        };
    }
}
