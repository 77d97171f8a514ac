using System.Net;
using System.Text.Json.Nodes;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;

namespace CareerPlanner.Tests.Pages.Plans.Export;

/// <summary>The plan's downloads: a readable Markdown document, and a complete JSON file that imports back to the same plan.</summary>
public sealed class ExportTests : IDisposable
{
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    /// <summary>The export with what an import is allowed to change taken out: its time and the plan's creation time.</summary>
    private static string Comparable(string json)
    {
        var node = JsonNode.Parse(json)!;
        node["exportedAt"] = null;
        return node.ToJsonString();
    }

    [Fact]
    public async Task MarkdownExport_IsAReadableDocumentOfAllFiveSteps()
    {
        var (owner, id) = await _app.OwnerWithExamplePlanAndMentorFeedbackAsync();
        using var _ = owner;

        using var response = await owner.Http.GetAsync(ExportPage.Markdown(id));
        var markdown = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/markdown", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("support-engineer-product-manager-example.md", response.Content.Headers.ContentDisposition!.ToString());
        Assert.StartsWith("# Support engineer → product manager (example)", markdown);
        foreach (var heading in new[] { "## 1. Self-assessment", "## 2. Where I want to go", "## 3. Gap analysis", "## 4. Action plan", "## 5. Progress review" })
        {
            Assert.Contains(heading, markdown);
        }

        Assert.Contains("| Customer empathy | 5 – Expert | Top CSAT in a team of 25 |", markdown);
        Assert.Contains("**Readiness:** 51 %", markdown);
        Assert.Contains("### Get better at prioritising", markdown);
        Assert.Contains("**To improve:**", markdown);
        Assert.Contains("Course finished (86 %)", markdown);
        Assert.Contains("**Performance review**", markdown);
        Assert.Contains("> **Dana**", markdown);
    }

    [Fact]
    public async Task JsonExport_IsComplete_AndImportThenExportGivesTheSameJson()
    {
        var (owner, id) = await _app.OwnerWithExamplePlanAndMentorFeedbackAsync();
        using var _ = owner;

        var exported = await owner.DownloadAsync(ExportPage.Json(id));
        var document = JsonNode.Parse(exported)!;
        Assert.Equal("careerplanner.plan", (string)document["schema"]!);
        Assert.Equal(1, (int)document["schemaVersion"]!);
        var plan = document["plan"]!;
        Assert.Equal(10, plan["selfAssessment"]!["skills"]!.AsArray().Count);
        Assert.Equal(7, plan["actions"]!.AsArray().Count);
        Assert.Equal(2, plan["reviews"]!.AsArray().Count);
        Assert.NotNull(plan["reviews"]![0]!["snapshot"]!["actions"]);
        Assert.Single(plan["milestones"]!.AsArray());
        Assert.Equal("Dana (Group PM)", (string)plan["mentorComments"]![0]!["mentorLabel"]!);
        Assert.Single(plan["mentorRatings"]!.AsArray());

        var imported = await ImportPage.ImportAsync(owner, exported);
        Assert.Equal(HttpStatusCode.Redirect, imported.Status);
        var newId = int.Parse(imported.Location!.Split('/')[2], System.Globalization.CultureInfo.InvariantCulture);
        Assert.NotEqual(id, newId);
        var overview = await owner.FollowAsync(imported);
        Assert.Equal("Plan “Support engineer → product manager (example)” imported.", overview.StatusMessage);

        var again = await owner.DownloadAsync(ExportPage.Json(newId));
        Assert.Equal(Comparable(exported), Comparable(again));
    }

    [Fact]
    public async Task AnotherUser_CannotExportSomeoneElsesPlan()
    {
        var (owner, id) = await _app.OwnerWithExamplePlanAndMentorFeedbackAsync();
        using var _ = owner;
        using var other = await _app.RegisteredClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync(ExportPage.Json(id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync(ExportPage.Markdown(id))).StatusCode);
    }
}
