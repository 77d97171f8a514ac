using System.Net;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPlanner.Tests.Pages.Mentor;

/// <summary>How often and when a link was opened: counted in memory, stored in bulk, never lost.</summary>
public sealed class LinkOpensTests : IDisposable
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(AppFactory.Today.UtcDateTime);
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task LinkTableShowsTimesOpenedAndLastOpened()
    {
        var (owner, id) = await _app.OwnerWithPlanToReviewAsync();
        using var _ = owner;
        var link = await owner.ShareAsync(id, "Dana");
        using var mentor = _app.NewClient("203.0.113.7");
        await mentor.GetAsync(link);
        _app.Clock.Advance(TimeSpan.FromHours(2));
        await mentor.GetAsync(link);
        // Opens are stored in bulk every few seconds; flushing now stands for "a few seconds later".
        await _app.Services.GetRequiredService<LinkOpens>().FlushAsync();

        var share = await owner.GetAsync(SharePage.Url(id));
        var cells = share.Document.QuerySelectorAll(SharePage.LinkCells).Select(c => c.TextContent.Trim()).ToList();
        Assert.Contains($"{Today:d MMM yyyy}, 11:00", cells);
        Assert.Contains("2", cells);
        Assert.Contains(Today.AddDays(30).ToString("d MMM yyyy"), cells);
    }

    [Fact]
    public async Task FiftyMentorsOpeningALinkAtOnce_AreAllCounted()
    {
        var (owner, id) = await _app.OwnerWithPlanToReviewAsync();
        using var _ = owner;
        var link = await owner.ShareAsync(id, "Dana");
        var opens = _app.Services.GetRequiredService<LinkOpens>();
        using var first = _app.NewClient("203.0.113.7");
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync(link)).Status);
        await opens.FlushAsync();
        var before = await _app.QueryAsync(db => db.ShareLinks.Select(l => l.TimesOpened).SingleAsync());

        var mentors = Enumerable.Range(1, 50).Select(i => _app.NewClient($"203.0.113.{i}")).ToList();
        var pages = await Task.WhenAll(mentors.Select(m => m.GetAsync(link)));
        await opens.FlushAsync();

        Assert.All(pages, p => Assert.Equal(HttpStatusCode.OK, p.Status));
        Assert.Equal(1, before);
        Assert.Equal(before + 50, await _app.QueryAsync(db => db.ShareLinks.Select(l => l.TimesOpened).SingleAsync()));
        mentors.ForEach(m => m.Dispose());
    }

    [Fact]
    public async Task OpensNotYetStored_AreStoredWhenTheAppStops()
    {
        var folder = AppFactory.NewDataFolder();
        try
        {
            using (var running = new AppFactory(folder))
            {
                var owner = await running.RegisteredClientAsync();
                var id = await owner.CreatePlanAsync("Stopping soon");
                var link = await owner.ShareAsync(id, "Dana");
                using var mentor = running.NewClient();
                Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync(link)).Status);
                Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync(link)).Status);
                owner.Dispose();
            }

            using var restarted = new AppFactory(folder);
            var stored = await restarted.QueryAsync(db => db.ShareLinks.Select(l => new { l.TimesOpened, l.LastOpenedAt }).SingleAsync());
            Assert.Equal(2, stored.TimesOpened);
            Assert.Equal(AppFactory.Today.UtcDateTime, stored.LastOpenedAt);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
