using CareerPlanner.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Tests.Performance;

/// <summary>How the page-cache tests tell a kept copy from a fresh one: by the plan's title, changed in the database behind the app's back.</summary>
internal static class PageCacheProbe
{
    /// <summary>Changes the title without the app knowing, so a page still showing the old one can only come from the cache.</summary>
    public static async Task ChangeTitleBehindTheAppAsync(this AppFactory app, int planId, string title) =>
        Assert.Equal(1, await app.QueryAsync(db => db.Plans.Where(p => p.Id == planId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Title, title))));

    /// <summary>The page's title (its <c>h1</c>).</summary>
    public static string Title(HtmlPage page) => page.Document.QuerySelector("h1")!.TextContent.Trim();
}
