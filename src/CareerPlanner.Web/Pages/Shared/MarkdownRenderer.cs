using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Microsoft.AspNetCore.Html;

namespace CareerPlanner.Web.Pages.Shared;

/// <summary>
/// Turns the Markdown people type into HTML that is safe to show anyone: raw HTML is not
/// interpreted, and the output goes through an allow-list sanitiser (no scripts, no event
/// attributes, links only to http, https and mailto, no images or other embedded content).
/// </summary>
public sealed class MarkdownRenderer
{
    private const int CacheLimit = 4_096;

    private static readonly string[] AllowedTags =
    [
        "p", "br", "hr", "strong", "em", "del", "code", "pre", "blockquote",
        "ul", "ol", "li", "a", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td",
    ];

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UsePipeTables()
        .UseSoftlineBreakAsHardlineBreak()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    // Plans are read far more often than written: cache by content hash.
    private readonly ConcurrentDictionary<string, string> _cache = new();

    public IHtmlContent Render(string? markdown) => new HtmlString(RenderToString(markdown));

    public string RenderToString(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(markdown)));
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var document = Markdown.Parse(markdown, _pipeline);
        DemoteHeadings(document);
        var html = _sanitizer.Sanitize(document.ToHtml(_pipeline));
        if (_cache.Count >= CacheLimit)
        {
            _cache.Clear();
        }

        _cache[key] = html;
        return html;
    }

    // A person's "# Heading" sits inside a page that already has h1 and h2.
    private static void DemoteHeadings(MarkdownDocument document)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(6, heading.Level + 2);
        }
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(AllowedTags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "title", "align"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        };
        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link)
            {
                link.SetAttribute("rel", "nofollow noopener noreferrer");
            }
        };
        return sanitizer;
    }
}
