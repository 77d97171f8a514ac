using AngleSharp.Html.Parser;

namespace CareerPlanner.Tests.Pages.Shared;

/// <summary>Whatever a person (or a mentor) types, the rendered Markdown carries no script, no event handler and no unsafe URL.</summary>
public sealed class MarkdownSafetyTests
{
    private static readonly MarkdownRenderer Renderer = new();

    public static TheoryData<string> Payloads => new()
    {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click]( javascript:alert(1) )",
        "[click](javascript&#58;alert(1))",
        "[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
        "[click](java\tscript:alert(1))",
        "[click](vbscript:msgbox(1))",
        "[ref]\n\n[ref]: javascript:alert(1)",
        "[ref][r]\n\n[r]: data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "<javascript:alert(1)>",
        "<data:text/html,<script>alert(1)</script>>",
        "![img](javascript:alert(1))",
        "![img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "![x](https://evil.example/x.png \"onerror=alert(1)\")",
        "[x](https://example.com \"\\\" onmouseover=alert(1) x=\\\"\")",
        "[x](https://example.com){onclick=alert(1)}",
        "# Heading {#id onclick=alert(1)}",
        "`<script>alert(1)</script>`",
        "```html\n<script>alert(1)</script>\n```",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<details open ontoggle=alert(1)>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "[x](data:text/html,<script>alert(1)</script>)",
        "<form action=javascript:alert(1)><button>x</button></form>",
        "**bold** <b onmouseover=alert(1)>b</b>",
        "[x](file:///etc/passwd)",
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void RenderedMarkdown_HasNoScriptNoEventAttributeAndNoUnsafeUrl(string payload)
    {
        var html = Renderer.RenderToString(payload);
        var document = new HtmlParser().ParseDocument($"<body>{html}</body>");

        Assert.Empty(document.QuerySelectorAll("script, iframe, object, embed, form, style, svg, math, img, details"));
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(element.Attributes, a => a.Name is "style" or "src" or "srcset" or "formaction" or "action");
            if (element.GetAttribute("href") is { } href)
            {
                Assert.Matches("^(https?:|mailto:)", href);
            }
        }
    }

    [Fact]
    public void OrdinaryMarkdown_IsRendered()
    {
        var html = Renderer.RenderToString("**Calm** with *upset* customers\n\n- one\n- two\n\n[docs](https://example.com/a?b=1)");

        Assert.Contains("<strong>Calm</strong>", html);
        Assert.Contains("<em>upset</em>", html);
        Assert.Contains("<li>one</li>", html);
        Assert.Contains("href=\"https://example.com/a?b=1\"", html);
        Assert.Contains("rel=\"nofollow noopener noreferrer\"", html);
    }

    [Fact]
    public void RawHtml_IsShownAsText_NotInterpreted()
    {
        var html = Renderer.RenderToString("I love <b>bold</b> tags");

        Assert.Contains("&lt;b&gt;bold&lt;/b&gt;", html);
    }

    [Fact]
    public void Headings_AreDemotedBelowThePagesOwn()
    {
        Assert.Contains("<h3", Renderer.RenderToString("# Big"));
        Assert.Contains("<h4", Renderer.RenderToString("## Smaller"));
    }

    [Fact]
    public void EmptyText_RendersNothing() => Assert.Equal("", Renderer.RenderToString("   "));
}
