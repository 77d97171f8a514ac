using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CareerPlanner.Web.Hosting.PageCache;

/// <summary>
/// Rendered plan pages kept in memory and served again while nothing they show has changed.
/// A copy is keyed by everything the page depends on: the path, the person (and their account's
/// version), the plan's version (any edit, check-in, comment, rating or link change moves it on),
/// today's date (overdue actions, the next review) and the browser's antiforgery cookie (the forms
/// in the page carry tokens bound to it). So an old copy, or somebody else's, cannot be reached.
/// </summary>
public static class PageCaching
{
    /// <summary>A page of one plan for its owner: route value <c>id</c> is the plan.</summary>
    public const string OwnerPlanPage = "owner-plan-page";

    /// <summary>On (true) or off; on by default with SQLite, off with PostgreSQL.</summary>
    public const string Setting = "CareerPlanner:PageCache";

    /// <summary>The mentor's page of a share link: route value <c>token</c>.</summary>
    public const string MentorLinkPage = "mentor-link-page";

    public static void AddPageCaching(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        services.AddSingleton<PageVersions>();
        // Every interceptor registered as IInterceptor is attached to the database context.
        services.AddSingleton<IInterceptor, PageVersionInterceptor>();
        services.AddSingleton<PageCacheCookies>();
        services.AddSingleton<MentorLinkDirectory>();
        services.AddSingleton<ITempDataProvider>(provider => new QuietTempDataProvider(
            ActivatorUtilities.CreateInstance<CookieTempDataProvider>(provider),
            provider.GetRequiredService<IOptions<CookieTempDataProviderOptions>>()));
        // Off by default where several instances share the database: the versions are counted in this
        // process, which would not hear of a change saved through another instance.
        if (!configuration.GetValue(Setting, !database.IsShared))
        {
            // Rendering every time: for measuring what a first view costs, and for several instances.
            services.AddOutputCache(options =>
            {
                options.AddPolicy(OwnerPlanPage, new NoCaching());
                options.AddPolicy(MentorLinkPage, new NoCaching());
            });
            return;
        }

        services.AddOutputCache(options =>
        {
            // A page is kept compressed (~20 KB) for browsers that accept it, ~120 KB for the rare one
            // that does not: several hundred pages, then the least used go.
            options.SizeLimit = 16 * 1024 * 1024;
            options.MaximumBodySize = 2 * 1024 * 1024;
            options.DefaultExpirationTimeSpan = TimeSpan.FromMinutes(10);
            options.AddPolicy(OwnerPlanPage, ActivatorUtilities.CreateInstance<OwnerPlanPagePolicy>(options.ApplicationServices));
            options.AddPolicy(MentorLinkPage, ActivatorUtilities.CreateInstance<MentorLinkPagePolicy>(options.ApplicationServices));
        });
    }

    /// <summary>Sets the part of the key every cached page shares; false when this request must not use the cache at all.</summary>
    internal static bool TryVaryByReader(OutputCacheContext context, PageCacheCookies cookies, PageVersions versions, TimeProvider clock)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) || http.Request.Cookies.ContainsKey(cookies.TempData))
        {
            // A status message waiting in TempData is shown once and then removed: that page is not for keeping.
            return false;
        }

        var rules = context.CacheVaryByRules;
        var userId = http.User.FindFirstValue(ClaimTypes.NameIdentifier);
        rules.VaryByValues["user"] = userId ?? "";
        rules.VaryByValues["account"] = userId is null ? "" : versions.OfUser(userId);
        rules.VaryByValues["day"] = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("O", CultureInfo.InvariantCulture);
        rules.VaryByValues["form"] = http.Request.Cookies[cookies.Antiforgery] ?? "";
        rules.QueryKeys = "*";
        // Stored as sent: compressed for browsers that accept it.
        rules.HeaderNames = HeaderNames.AcceptEncoding;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        return true;
    }

    /// <summary>Only a complete page made without setting cookies is kept: a Set-Cookie replayed to another request would hand out that request's cookie.</summary>
    internal static void StoreOnlyCleanPages(OutputCacheContext context)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }
    }

    private sealed class NoCaching : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
    }
}
