using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace CareerPlanner.Web.Hosting.PageCache;

/// <summary>
/// The cookie TempData provider, minus one habit: on every page with a [TempData] property it sends
/// a Set-Cookie deleting the TempData cookie even when the browser has none. That useless header would
/// make every such page uncacheable; it is only sent when there is a cookie to delete.
/// </summary>
internal sealed class QuietTempDataProvider(CookieTempDataProvider inner, IOptions<CookieTempDataProviderOptions> options) : ITempDataProvider
{
    private readonly string _cookie = options.Value.Cookie.Name ?? "";

    public IDictionary<string, object> LoadTempData(HttpContext context) => inner.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        if (values.Count == 0 && !context.Request.Cookies.ContainsKey(_cookie))
        {
            return;
        }

        inner.SaveTempData(context, values);
    }
}
