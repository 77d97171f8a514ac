using System.Net;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPlanner.Tests.Data;

/// <summary>
/// Two app instances on one PostgreSQL database, as behind a load balancer: each has its own
/// memory (key ring cache, rate limiter), its own data folder, and shares only the database. One
/// person's browser (one cookie jar) sends some requests to A and some to B.
/// </summary>
public sealed class ScaleOutTests : IDisposable
{
    private const string PostgreSqlOnly = TestDatabase.PostgreSqlOnly + " Several instances on one SQLite file is not a supported set-up.";

    private readonly string _folderA = AppFactory.NewDataFolder();
    private readonly string _folderB = AppFactory.NewDataFolder();
    private readonly LoggedAppFactory _a;
    private readonly LoggedAppFactory _b;
    private readonly List<HtmlClient> _clients = [];

    public ScaleOutTests()
    {
        _a = new LoggedAppFactory(_folderA);
        _b = new LoggedAppFactory(_folderB, databaseOf: _folderA);
    }

    public void Dispose()
    {
        _clients.ForEach(c => c.Dispose());
        _b.Dispose();
        _a.Dispose();
        TestDatabase.Delete(_folderB);
        TestDatabase.Delete(_folderA);
    }

    [SkippableFact]
    public async Task ASessionMadeOnA_WorksOnB_AndAFormFromAIsAcceptedByB()
    {
        Skip.IfNot(TestDatabase.IsPostgreSql, PostgreSqlOnly);
        var (a, b) = await SignedInBrowserAsync();

        var plans = await b.GetAsync(MyPlansPage.Url);
        Assert.Equal(HttpStatusCode.OK, plans.Status);

        // The antiforgery token and the TempData cookie are protected with the shared keys too.
        var form = await a.GetAsync(NewPlanPage.Url);
        var created = await b.SubmitAsync(form.Form(), new Dictionary<string, string> { [NewPlanPage.Title] = "Made through B" });
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        Assert.Equal(1, await _a.QueryAsync(db => db.Plans.CountAsync(p => p.Title == "Made through B")));
        Assert.False(Directory.Exists(Path.Combine(_folderA, "keys")));
        Assert.Equal(1, await _b.QueryAsync(db => ((PostgresAppDbContext)db).DataProtectionKeys.CountAsync()));
    }

    [SkippableFact]
    public async Task APlanSavedThroughA_IsReadThroughB_AndTheOtherWayRound()
    {
        Skip.IfNot(TestDatabase.IsPostgreSql, PostgreSqlOnly);
        var (a, b) = await SignedInBrowserAsync();
        var id = await a.CreatePlanAsync("Shared plan");

        await new SelfAssessmentPage(a, id).SaveAsync(new FormValues { { SelfAssessmentPage.Strengths, "Saved through A" } });
        var readOnB = await b.GetAsync(PlanOverviewPage.Url(id));
        await new GoalsPage(b, id).SaveAsync(new FormValues { { GoalsPage.DreamJob, "Saved through B" } });
        var readOnA = await a.GetAsync(PlanOverviewPage.Url(id));

        Assert.Contains("Saved through A", readOnB.Text);
        Assert.Contains("Saved through A", readOnA.Text);
        Assert.Contains("Saved through B", readOnA.Text);
    }

    [SkippableFact]
    public async Task AShareLinkCreatedOnA_OpensOnB_AndTheMentorsCommentReachesTheOwnerOnA()
    {
        Skip.IfNot(TestDatabase.IsPostgreSql, PostgreSqlOnly);
        var (owner, _) = await SignedInBrowserAsync();
        var id = await owner.CreatePlanAsync("Plan for Dana");
        var link = await owner.ShareAsync(id, "Dana");
        var mentor = Track(new HtmlClient(_b.CreateDefaultClient(new CookieContainerHandler())));

        var page = await mentor.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Plan for Dana", page.Document.QuerySelector("h1")!.TextContent);
        var sent = await mentor.SubmitAsync(page.Form(MentorPage.CommentFormOn("goals")),
            new Dictionary<string, string> { [MentorPage.AuthorName] = "Dana", [MentorPage.Body] = "Written on B" });
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);

        Assert.Contains("Written on B", (await owner.GetAsync(PlanOverviewPage.Url(id))).Text);
        // Each instance counts opens in memory and adds them to the database every 2 seconds.
        await _b.Services.GetRequiredService<LinkOpens>().FlushAsync();
        Assert.Contains("1", (await owner.GetAsync(SharePage.Url(id))).Document.QuerySelectorAll(SharePage.LinkCells).Select(c => c.TextContent.Trim()));
    }

    [SkippableFact]
    public async Task TwoStaleEditsThroughAAndB_GiveOneConflictPage_AndNoLostUpdate()
    {
        Skip.IfNot(TestDatabase.IsPostgreSql, PostgreSqlOnly);
        var (a, b) = await SignedInBrowserAsync();
        var id = await a.CreatePlanAsync("Two instances");
        const string field = SelfAssessmentPage.Strengths;

        // Sent at once, so that both instances may pass the form's version check before either saves:
        // then the database's concurrency token decides. Several rounds make that likely to happen.
        for (var round = 1; round <= 5; round++)
        {
            var version = await _a.QueryAsync(db => db.Plans.Where(p => p.Id == id).Select(p => p.Version).SingleAsync());
            var formA = await new SelfAssessmentPage(a, id).OpenAsync();
            var formB = await new SelfAssessmentPage(b, id).OpenAsync();

            var answers = await Task.WhenAll(
                a.SubmitAsync(formA.Form(), new Dictionary<string, string> { [field] = $"A{round}" }, button: StepPage.Save),
                b.SubmitAsync(formB.Form(), new Dictionary<string, string> { [field] = $"B{round}" }, button: StepPage.Save));

            var saved = Assert.Single(answers, p => p.Status == HttpStatusCode.Redirect);
            var conflict = Assert.Single(answers, p => p.Status == HttpStatusCode.OK);
            Assert.Contains(PlanPageModel.StaleMessage, conflict.SummaryErrors);
            var winner = saved == answers[0] ? $"A{round}" : $"B{round}";
            Assert.Equal(saved == answers[0] ? $"B{round}" : $"A{round}", conflict.Value(field));
            var stored = await _b.QueryAsync(db => db.Plans.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Strengths, p.Version }).SingleAsync());
            Assert.Equal(winner, stored.Strengths);
            Assert.True(stored.Version > version);
        }
    }

    [SkippableFact]
    public async Task TwoInstancesStartingAtOnce_OnANewDatabase_BothComeUp_WithOneSchemaAndOneKey()
    {
        Skip.IfNot(TestDatabase.IsPostgreSql, PostgreSqlOnly);

        var started = await Task.WhenAll(
            Task.Run(() => _a.CreateClient().GetAsync("/healthz")),
            Task.Run(() => _b.CreateClient().GetAsync("/healthz")));

        Assert.All(started, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        var applied = await _a.QueryAsync(db => db.Database.SqlQueryRaw<string>("SELECT \"MigrationId\" AS \"Value\" FROM \"__EFMigrationsHistory\"").ToListAsync());
        var known = await _a.QueryAsync(db => Task.FromResult(db.Database.GetMigrations().ToList()));
        Assert.Equal(known, applied.Order(StringComparer.Ordinal));
        Assert.Equal(1, await _b.QueryAsync(db => ((PostgresAppDbContext)db).DataProtectionKeys.CountAsync()));
        Assert.Empty(_a.Logs.Entries.Concat(_b.Logs.Entries).Where(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error).Select(e => e.Message));
    }

    /// <summary>
    /// One person's browser (one cookie jar), registered and signed in through A, whose requests go
    /// to A or to B, as a balancer without sticky sessions sends them.
    /// </summary>
    private async Task<(HtmlClient ViaA, HtmlClient ViaB)> SignedInBrowserAsync()
    {
        var jar = new CookieContainer();
        var viaA = Track(new HtmlClient(_a.CreateDefaultClient(new CookieContainerHandler(jar))));
        var viaB = Track(new HtmlClient(_b.CreateDefaultClient(new CookieContainerHandler(jar))));
        await viaA.RegisterAsync($"{Guid.NewGuid():N}@example.com");
        return (viaA, viaB);
    }

    private HtmlClient Track(HtmlClient client)
    {
        _clients.Add(client);
        return client;
    }
}
