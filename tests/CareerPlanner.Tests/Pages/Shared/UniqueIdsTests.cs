using CareerPlanner.Tests.Infrastructure;

namespace CareerPlanner.Tests.Pages.Shared;

/// <summary>No page repeats an id: labels, error links and screen readers find one element each.</summary>
public sealed class UniqueIdsTests : IDisposable
{
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task EveryPageOfTheExamplePlan_AndTheMentorPage_HaveUniqueIds()
    {
        var (owner, id) = await _app.OwnerWithExamplePlanAsync();
        using var _ = owner;
        var link = await owner.ShareAsync(id);
        using var mentor = _app.NewClient();
        string[] urls =
        [
            PlanRoutes.MyPlans, PlanRoutes.NewPlan, PlanRoutes.ImportPlan, PlanRoutes.Plan(id), PlanRoutes.Rename(id), PlanRoutes.Delete(id),
            PlanRoutes.Share(id), PlanRoutes.Calendar(id), .. Enum.GetValues<PlanStep>().Select(step => PlanRoutes.Step(id, step)),
        ];

        var pages = new List<(string Url, HtmlPage Page)>();
        foreach (var url in urls)
        {
            pages.Add((url, await owner.GetAsync(url)));
        }

        pages.Add((link, await mentor.GetAsync(link)));
        var repeated = pages
            .SelectMany(p => p.Page.Document.QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => $"{p.Url}: #{g.Key} ×{g.Count()}"))
            .ToList();

        Assert.True(repeated.Count == 0, "Repeated ids: " + string.Join("; ", repeated));
    }
}
