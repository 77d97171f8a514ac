using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPlanner.Tests.Security;

/// <summary>One handler of one Razor page, as the running app routes it.</summary>
/// <param name="Route">The route template, e.g. <c>plans/{id:int}/share</c>.</param>
/// <param name="Method">GET or POST.</param>
/// <param name="Name">The handler name (<c>?handler=Revoke</c>), or null for the page's default handler.</param>
/// <param name="ViewEnginePath">The page, e.g. <c>/Share/Index</c>.</param>
/// <param name="Parameters">The handler method's own parameters besides the route's, e.g. <c>linkId</c>.</param>
/// <param name="AllowsAnonymous">Whether the page opts out of the sign-in the app requires by default.</param>
internal sealed record PageHandler(string Route, string Method, string? Name, string ViewEnginePath, IReadOnlyList<string> Parameters, bool AllowsAnonymous)
{
    public bool IsPost => Method == HttpMethods.Post;

    public IReadOnlyList<string> RouteParameters => RouteTemplateParameters(Route);

    public override string ToString() => $"{Method} /{Route}{(Name is null ? "" : "?handler=" + Name)}";

    public static IReadOnlyList<string> RouteTemplateParameters(string route) =>
        [.. System.Text.RegularExpressions.Regex.Matches(route, @"\{\*?(?<name>\w+)").Select(m => m.Groups["name"].Value)];

    /// <summary>The path of a route with each parameter given its value by name (an empty value leaves an optional last segment out).</summary>
    public static string FillRoute(string route, Func<string, string> valueOf) =>
        "/" + System.Text.RegularExpressions.Regex.Replace(route, @"\{(?<name>\w+)(:[^}]*)?\}", m => valueOf(m.Groups["name"].Value)).TrimEnd('/');
}

/// <summary>One route of the running app and what answers on it.</summary>
/// <param name="Route">The route template, e.g. <c>plans/{id:int}/share</c>.</param>
/// <param name="Name">The page (<c>/Share/Index</c>) or the endpoint's display name.</param>
/// <param name="IsPage">A Razor page (its handlers are chosen by method and <c>?handler=</c>) or another endpoint (chosen by method alone).</param>
/// <param name="AllowsAnonymous">Whether it opts out of the sign-in the app requires by default.</param>
/// <param name="Handlers">A page's handler methods (none for a page that only renders); an endpoint's methods, <c>*</c> for every method.</param>
internal sealed record AppRoute(string Route, string Name, bool IsPage, bool AllowsAnonymous, IReadOnlyList<PageHandler> Handlers)
{
    /// <summary>The methods something answers on this route, as an <c>Allow</c> header lists them.</summary>
    public IReadOnlyList<string> Methods => [.. Handlers.Select(h => h.Method).Distinct().Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> RouteParameters => PageHandler.RouteTemplateParameters(Route);

    public override string ToString() => $"/{Route}";
}

/// <summary>
/// Finds every page handler of the running app from its endpoints — not from a hand-written list — so
/// a page or handler added later is checked without anyone remembering to add it.
/// </summary>
internal static class PageHandlerCatalog
{
    public static async Task<IReadOnlyList<PageHandler>> DiscoverAsync(IServiceProvider services)
    {
        var handlers = new List<PageHandler>();
        foreach (var page in await PagesAsync(services))
        {
            // A page without handler methods still answers GET (it just renders).
            handlers.AddRange(page.Handlers.Count > 0 ? page.Handlers : [new PageHandler(page.Route, HttpMethods.Get, null, page.Name, [], page.AllowsAnonymous)]);
        }

        return [.. handlers.DistinctBy(h => (h.Route, h.Method, h.Name)).OrderBy(h => h.Route, StringComparer.Ordinal).ThenBy(h => h.Method, StringComparer.Ordinal).ThenBy(h => h.Name, StringComparer.Ordinal)];
    }

    /// <summary>Every route of the running app — each page with the handlers it really has (none for a page that only renders), each other endpoint with its methods.</summary>
    public static async Task<IReadOnlyList<AppRoute>> RoutesAsync(IServiceProvider services) =>
    [
        .. (await PagesAsync(services)).DistinctBy(p => p.Route).OrderBy(p => p.Route, StringComparer.Ordinal),
        .. OtherEndpoints(services).GroupBy(e => e.Route).Select(g => new AppRoute(g.Key, g.First().ViewEnginePath, IsPage: false, g.Any(e => e.AllowsAnonymous), [.. g]))
            .OrderBy(r => r.Route, StringComparer.Ordinal),
    ];

    private static async Task<IReadOnlyList<AppRoute>> PagesAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var endpoints = services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>();
        var pages = new List<AppRoute>();
        foreach (var endpoint in endpoints)
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page)
            {
                continue;
            }

            var compiled = page as CompiledPageActionDescriptor ?? await loader.LoadAsync(page, endpoint.Metadata);
            var route = (endpoint.RoutePattern.RawText ?? compiled.AttributeRouteInfo?.Template ?? page.ViewEnginePath).TrimStart('/');
            var routeParameters = PageHandler.RouteTemplateParameters(route);
            var allowsAnonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null
                || compiled.EndpointMetadata.OfType<IAllowAnonymous>().Any();
            var handlers = compiled.HandlerMethods.Select(method => new PageHandler(route, method.HttpMethod.ToUpperInvariant(), method.Name, page.ViewEnginePath,
                [.. method.Parameters.Select(p => p.Name).Where(p => !routeParameters.Contains(p, StringComparer.OrdinalIgnoreCase))], allowsAnonymous));
            pages.Add(new AppRoute(route, page.ViewEnginePath, IsPage: true, allowsAnonymous, [.. handlers]));
        }

        return pages;
    }

    /// <summary>The app's other endpoints (minimal APIs, health checks…), one entry per route and method.</summary>
    public static IReadOnlyList<PageHandler> OtherEndpoints(IServiceProvider services) =>
    [
        .. services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is null)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(method =>
                new PageHandler((e.RoutePattern.RawText ?? "").TrimStart('/'), method.ToUpperInvariant(), null, e.DisplayName ?? "", [], e.Metadata.GetMetadata<IAllowAnonymous>() is not null)))
            .DistinctBy(h => (h.Route, h.Method))
            .OrderBy(h => h.Route, StringComparer.Ordinal),
    ];
}
