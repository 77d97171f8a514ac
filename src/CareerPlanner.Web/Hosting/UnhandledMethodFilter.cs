using Microsoft.AspNetCore.Diagnostics;
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
        var http = context.HttpContext;
        var handlers = context.ActionDescriptor.HandlerMethods;
        var method = HttpMethods.IsHead(http.Request.Method) ? HttpMethods.Get : http.Request.Method;
        if (context.HandlerMethod is not null
            || http.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || http.Features.Get<IExceptionHandlerFeature>() is not null
            || handlers.Count == 0 && HttpMethods.IsGet(method))
        {
            // A handler takes it; or the error page is shown for another answer (whatever its method);
            // or a page without handlers (one that only shows) is read.
            return;
        }

        if (handlers.Any(h => string.Equals(h.HttpMethod, method, StringComparison.OrdinalIgnoreCase)))
        {
            context.Result = HttpMethods.IsGet(method) ? new NotFoundResult() : new BadRequestResult();
            return;
        }

        IEnumerable<string> allowed = handlers.Count == 0 ? ["GET"] : handlers.Select(h => h.HttpMethod.ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal);
        http.Response.Headers[HeaderNames.Allow] = string.Join(", ", allowed);
        context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context) { }
}
