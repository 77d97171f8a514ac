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

/// <summary>
/// Finds every page handler of the running app from its endpoints — not from a hand-written list — so
/// a page or handler added later is checked without anyone remembering to add it.
/// </summary>
internal static class PageHandlerCatalog
{
    public static async Task<IReadOnlyList<PageHandler>> DiscoverAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var endpoints = services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>();
        var handlers = new List<PageHandler>();
        foreach (var endpoint in endpoints)
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page)
            {
                continue;
            }

            var compiled = page as CompiledPageActionDescriptor ?? await loader.LoadAsync(page, endpoint.Metadata);
            var route = endpoint.RoutePattern.RawText ?? compiled.AttributeRouteInfo?.Template ?? page.ViewEnginePath;
            var routeParameters = PageHandler.RouteTemplateParameters(route);
            var allowsAnonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null
                || compiled.EndpointMetadata.OfType<IAllowAnonymous>().Any();
            foreach (var method in compiled.HandlerMethods)
            {
                var parameters = method.Parameters.Select(p => p.Name).Where(p => !routeParameters.Contains(p, StringComparer.OrdinalIgnoreCase)).ToList();
                handlers.Add(new PageHandler(route.TrimStart('/'), method.HttpMethod.ToUpperInvariant(), method.Name, page.ViewEnginePath, parameters, allowsAnonymous));
            }

            if (compiled.HandlerMethods.Count == 0)
            {
                // A page without handler methods still answers GET (it just renders).
                handlers.Add(new PageHandler(route.TrimStart('/'), HttpMethods.Get, null, page.ViewEnginePath, [], allowsAnonymous));
            }
        }

        return [.. handlers.DistinctBy(h => (h.Route, h.Method, h.Name)).OrderBy(h => h.Route, StringComparer.Ordinal).ThenBy(h => h.Method, StringComparer.Ordinal).ThenBy(h => h.Name, StringComparer.Ordinal)];
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
