using System.Net;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;

namespace CareerPlanner.Tests.Pages.Plans;

/// <summary>Another person's plan does not exist for you: every URL and handler answers 404 and changes nothing.</summary>
public sealed class OwnershipTests : IDisposable
{
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    public static TheoryData<string> PlanPages => new()
    {
        "/plans/{0}",
        "/plans/{0}/rename",
        "/plans/{0}/delete",
    };

    [Theory]
    [MemberData(nameof(PlanPages))]
    public async Task AnotherUser_Gets404OnGet_AndDoesNotSeeThePlan(string pattern)
    {
        using var owner = await _app.RegisteredClientAsync();
        var id = await owner.CreatePlanAsync("Amara's secret plan");
        using var other = await _app.RegisteredClientAsync();

        var page = await other.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, id));

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.DoesNotContain("Amara's secret plan", page.Text);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, id))).Status);
    }

    [Fact]
    public async Task AnotherUser_Gets404OnRenameAndDeletePosts_AndThePlanIsUnchanged()
    {
        using var owner = await _app.RegisteredClientAsync();
        var id = await owner.CreatePlanAsync("Amara's secret plan");
        using var other = await _app.RegisteredClientAsync();
        var otherId = await other.CreatePlanAsync("Mine");

        // The other user fills their own forms (valid antiforgery tokens), aimed at the owner's plan.
        var renameTheirs = await other.PostAsync(RenamePlanPage.Url(id), FieldsOf(await other.GetAsync(RenamePlanPage.Url(otherId)), (RenamePlanPage.Title, "Hijacked")));
        var deleteTheirs = await other.PostAsync(DeletePlanPage.Url(id), FieldsOf(await other.GetAsync(DeletePlanPage.Url(otherId))));

        Assert.Equal(HttpStatusCode.NotFound, renameTheirs.Status);
        Assert.Equal(HttpStatusCode.NotFound, deleteTheirs.Status);
        var plan = await _app.QueryAsync(db => Task.FromResult(db.Plans.Single(p => p.Id == id)));
        Assert.Equal("Amara's secret plan", plan.Title);
    }

    private static List<KeyValuePair<string, string>> FieldsOf(HtmlPage page, params (string Name, string Value)[] overrides)
    {
        var form = page.Form();
        var fields = form.Elements.OfType<AngleSharp.Html.Dom.IHtmlInputElement>()
            .Where(i => i.Name is { Length: > 0 })
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .ToList();
        foreach (var (name, value) in overrides)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        return fields;
    }
}
