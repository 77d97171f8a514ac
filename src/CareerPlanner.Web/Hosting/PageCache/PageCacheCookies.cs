using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CareerPlanner.Web.Hosting.PageCache;

/// <summary>The names of the cookies a cached page depends on.</summary>
internal sealed class PageCacheCookies(IOptions<AntiforgeryOptions> antiforgery, IOptions<CookieTempDataProviderOptions> tempData)
{
    public string Antiforgery { get; } = antiforgery.Value.Cookie.Name ?? "";

    public string TempData { get; } = tempData.Value.Cookie.Name ?? "";
}
