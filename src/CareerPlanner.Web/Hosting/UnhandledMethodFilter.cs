using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Net.Http.Headers;

namespace CareerPlanner.Web.Hosting;

/// <summary>
/// A request that no handler of the page takes is answered before the page runs: Razor Pages would
/// otherwise render the page without its <c>OnGet</c> having loaded anything (a 500). A method the
/// page has no handler for gets 405 with <c>Allow</c>; a method whose handlers all have names, asked
/// without one (or with a name the page does not know), gets 400 (404 on GET). An unknown name on a
/// page with an unnamed handler for the method is served by that handler, as Razor Pages does.
/// </summary>
public sealed class UnhandledMethodFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context) { }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var handlers = context.ActionDescriptor.HandlerMethods;
        if (context.HandlerMethod is not null || handlers.Count == 0)
        {
            // The page has a handler for this request, or none at all (a page that only shows).
            return;
        }

        var method = HttpMethods.IsHead(context.HttpContext.Request.Method) ? HttpMethods.Get : context.HttpContext.Request.Method;
        if (handlers.Any(h => string.Equals(h.HttpMethod, method, StringComparison.OrdinalIgnoreCase)))
        {
            context.Result = HttpMethods.IsGet(method) ? new NotFoundResult() : new BadRequestResult();
            return;
        }

        var allowed = handlers.Select(h => h.HttpMethod.ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal);
        context.HttpContext.Response.Headers[HeaderNames.Allow] = string.Join(", ", allowed);
        context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context) { }
}
