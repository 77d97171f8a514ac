using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CareerPlanner.Web.Pages.Shared.TagHelpers;

/// <summary>
/// Ties a field to its error for screen readers: an invalid field gets <c>aria-invalid</c> and is
/// described by its message, which gets a predictable id.
/// </summary>
[HtmlTargetElement("input", Attributes = ForAttribute)]
[HtmlTargetElement("select", Attributes = ForAttribute)]
[HtmlTargetElement("textarea", Attributes = ForAttribute)]
public sealed class AriaInvalidTagHelper : TagHelper
{
    private const string ForAttribute = "asp-for";

    // Run after the framework's tag helpers have written id and name.
    public override int Order => 1000;

    [HtmlAttributeName(ForAttribute)]
    public ModelExpression For { get; set; } = default!;

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var describedBy = new List<string>();
        if (output.Attributes.TryGetAttribute("aria-describedby", out var existing) && existing.Value?.ToString() is { Length: > 0 } ids)
        {
            describedBy.Add(ids);
        }

        if (ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0)
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
            describedBy.Add(ErrorId(name));
        }

        if (describedBy.Count > 0)
        {
            output.Attributes.SetAttribute("aria-describedby", string.Join(' ', describedBy));
        }
    }

    internal static string ErrorId(string fullName) => TagBuilder.CreateSanitizedId(fullName, "_") + "-error";
}
