using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace CareerPlanner.Web.Pages.Plans.Steps;

/// <summary>
/// The view data for one row of a list form, rendered by a partial whose model is the row:
/// <c>&lt;partial name="_SkillFields" model="row" view-data='RowViewData.For(ViewData, "Input.Skills", i)' /&gt;</c>.
/// </summary>
/// <remarks>
/// With the row's field prefix (<c>Input.Skills[3]</c>) set, the partial's <c>asp-for="Name"</c> gives
/// the same name, id, attempted value and error message as <c>asp-for="Input.Skills[i].Name"</c> in
/// the page's loop. But ASP.NET Core caches only expressions without captured variables: an indexer
/// over the loop variable is compiled anew for every field of every row on every request, which made
/// a step page cost tens of milliseconds of CPU per request. (<c>&lt;partial for="Input.Skills[i]"&gt;</c>
/// would have the same problem.)
/// </remarks>
public static class RowViewData
{
    private const string IndexKey = "CareerPlanner.RowIndex";
    private const string ContextKey = "CareerPlanner.RowContext";

    /// <param name="page">The page's view data (its model state and entries are shared).</param>
    /// <param name="list">The list's field name, e.g. <c>Input.Skills</c>.</param>
    /// <param name="index">The row's position in the list.</param>
    /// <param name="context">What the row's partial needs besides the row itself, read with <see cref="RowContext{T}"/>.</param>
    public static ViewDataDictionary For(ViewDataDictionary page, string list, int index, object? context = null)
    {
        var row = new ViewDataDictionary(page)
        {
            [IndexKey] = index,
            [ContextKey] = context,
        };
        row.TemplateInfo.HtmlFieldPrefix = page.TemplateInfo.GetFullHtmlFieldName($"{list}[{index}]");
        return row;
    }

    /// <summary>The row's position in its list, in a row's partial.</summary>
    public static int RowIndex(this ViewDataDictionary row) =>
        row[IndexKey] as int? ?? throw new InvalidOperationException("Not a row's view data: render the partial with RowViewData.For.");

    /// <summary>The context the page passed to <see cref="For"/>, in a row's partial.</summary>
    public static T RowContext<T>(this ViewDataDictionary row) =>
        row[ContextKey] is T context ? context : throw new InvalidOperationException($"The row's context is not a {typeof(T).Name}.");
}
