using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CareerPlanner.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Tests.Pages.Plans.Export;

/// <summary>Exports, import, account data and deletion.</summary>
public sealed class ExportTests : IDisposable
{
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<(HtmlClient Owner, int Id)> ExamplePlanWithFeedbackAsync(string? email = null)
    {
        var owner = await _app.RegisteredClientAsync(email);
        var empty = await owner.GetAsync("/plans");
        await owner.SubmitAsync(empty.Form("form[action*='handler=Demo']"));
        var id = await _app.QueryAsync(db => db.Plans.Select(p => p.Id).FirstAsync());
        var share = await owner.GetAsync($"/plans/{id}/share");
        var created = await owner.FollowAsync(await owner.SubmitAsync(share.Form("main form:not([action*='handler'])"), new Dictionary<string, string> { ["Input.Label"] = "Dana (Group PM)" }));
        var link = new Uri(((AngleSharp.Html.Dom.IHtmlInputElement)created.Document.QuerySelector("#new-link-url")!).Value).AbsolutePath;
        using var mentor = _app.NewClient();
        var view = await mentor.GetAsync(link);
        await mentor.SubmitAsync(view.Form("form[action$='#feedback-gapanalysis']"), new Dictionary<string, string> { ["Comment.AuthorName"] = "Dana", ["Comment.Body"] = "Prioritisation is the real gap." });
        await mentor.SubmitAsync(view.Form("form[action*='handler=Ratings']"), new Dictionary<string, string> { ["Ratings[0].Level"] = "2" });
        return (owner, id);
    }

    private static async Task<string> DownloadAsync(HtmlClient client, string url)
    {
        using var response = await client.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HtmlPage> ImportAsync(HtmlClient client, string json, string fileName = "plan.careerplan.json") =>
        await ImportBytesAsync(client, Encoding.UTF8.GetBytes(json), fileName);

    private static async Task<HtmlPage> ImportBytesAsync(HtmlClient client, byte[] bytes, string fileName = "plan.careerplan.json")
    {
        var page = await client.GetAsync("/plans/import");
        var token = page.Document.QuerySelector("main input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Add(file, "PlanFile", fileName);
        var response = await client.Http.PostAsync("/plans/import", content);
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlPage(response, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html), "/plans/import");
    }

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
        var (owner, id) = await ExamplePlanWithFeedbackAsync();
        using var _ = owner;

        using var response = await owner.Http.GetAsync($"/plans/{id}/export/markdown");
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
        var (owner, id) = await ExamplePlanWithFeedbackAsync();
        using var _ = owner;

        var exported = await DownloadAsync(owner, $"/plans/{id}/export/json");
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

        var imported = await ImportAsync(owner, exported);
        Assert.Equal(HttpStatusCode.Redirect, imported.Status);
        var newId = int.Parse(imported.Location!.Split('/')[2], System.Globalization.CultureInfo.InvariantCulture);
        Assert.NotEqual(id, newId);
        var overview = await owner.FollowAsync(imported);
        Assert.Equal("Plan “Support engineer → product manager (example)” imported.", overview.StatusMessage);

        var again = await DownloadAsync(owner, $"/plans/{newId}/export/json");
        Assert.Equal(Comparable(exported), Comparable(again));
    }

    public static TheoryData<string, string, string> BrokenFiles => new()
    {
        { "schemaVersion", "2", "schemaVersion: version 2 is not supported; this app reads version 1." },
        { "schema", "\"something.else\"", "schema: this is not a CareerPlanner plan export" },
        { "plan.selfAssessment.skills[1].level", "\"Wizard\"", "plan.selfAssessment.skills[1].level: this value has the wrong type or is not one of the allowed values." },
        { "plan.selfAssessment.skills[2].name", "\"\"", "plan.selfAssessment.skills[2].name: Skill name is required." },
        { "plan.actions[0].percentDone", "250", "plan.actions[0].percentDone: Progress must be between 0 and 100 %." },
        { "plan.actions[1].budgetCurrency", "\"euros\"", "plan.actions[1].budgetCurrency: Currency must be a three-letter code" },
        { "plan.actions[0].goalId", "\"5e0d7b58-0000-4000-8000-000000000000\"", "plan.actions[0].goalId: Choose one of this plan's goals." },
        { "plan.title", "\"\"", "plan.title: Title is required." },
        { "plan.gapAnalysis.requirements[0].requiredLevel", "9", "plan.gapAnalysis.requirements[0].requiredLevel: this value has the wrong type" },
        { "plan.reviews[0].date", "\"9999-12-31\"", "plan.reviews[0].date: The date 9999-12-31 must lie between 1900 and today." },
        { "plan.actions[1].id", "\"00000000-0000-0000-0000-000000000000\"", "plan.actions[1].id: Each item needs its own id" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public async Task Import_OfAnInvalidFile_NamesTheBadField_AndImportsNothing(string path, string value, string message)
    {
        var (owner, id) = await ExamplePlanWithFeedbackAsync();
        using var _ = owner;
        var node = JsonNode.Parse(await DownloadAsync(owner, $"/plans/{id}/export/json"))!;
        Set(node, path, JsonNode.Parse(value));
        var before = await _app.QueryAsync(db => db.Plans.CountAsync());

        var refused = await ImportAsync(owner, node.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains(message, refused.FieldError("PlanFile"));
        Assert.StartsWith("Nothing was imported.", refused.FieldError("PlanFile"));
        Assert.Equal(before, await _app.QueryAsync(db => db.Plans.CountAsync()));
        Assert.Equal(1, await _app.QueryAsync(db => db.Reviews.Select(r => r.PlanId).Distinct().CountAsync()));
    }

    [Fact]
    public async Task Import_RefusesAnOversizedFile_NotJson_AndNoFile()
    {
        using var owner = await _app.RegisteredClientAsync();

        var big = await ImportBytesAsync(owner, new byte[PlanImport.MaxBytes + 1]);
        Assert.Contains("a plan file can be at most 2 MB", big.FieldError("PlanFile"));
        var notJson = await ImportAsync(owner, "this is not json");
        Assert.Contains("Nothing was imported.", notJson.FieldError("PlanFile"));
        var binary = await ImportBytesAsync(owner, [0xFF, 0xFE, 0x00, 0x41]);
        Assert.Equal("The file is not UTF-8 text: is it really a plan file (.json)?", binary.FieldError("PlanFile"));
        var empty = await owner.FillAsync("/plans/import", new Dictionary<string, string>());
        Assert.Equal("Choose a plan file (.json) exported from CareerPlanner.", empty.FieldError("PlanFile"));
        Assert.Equal(0, await _app.QueryAsync(db => db.Plans.CountAsync()));
    }

    [Fact]
    public async Task AnotherUser_CannotExportSomeoneElsesPlan()
    {
        var (owner, id) = await ExamplePlanWithFeedbackAsync();
        using var _ = owner;
        using var other = await _app.RegisteredClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/plans/{id}/export/json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/plans/{id}/export/markdown")).StatusCode);
    }

    [Fact]
    public async Task DownloadMyData_HasTheAccountAndEveryPlan()
    {
        var (owner, _) = await ExamplePlanWithFeedbackAsync("mydata@example.com");
        using var __ = owner;
        await owner.CreatePlanAsync("Second plan");

        var json = JsonNode.Parse(await DownloadAsync(owner, "/account/data"))!;

        Assert.Equal("careerplanner.account", (string)json["schema"]!);
        Assert.Equal("mydata@example.com", (string)json["account"]!["email"]!);
        var plans = json["plans"]!.AsArray();
        Assert.Equal(2, plans.Count);
        Assert.Equal("Dana (Group PM)", (string)plans[0]!["shareLinks"]![0]!["label"]!);
        Assert.DoesNotContain("tokenHash", json.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("passwordHash", json.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task DeletingTheAccount_AsksForThePassword_RemovesEverything_AndKillsLinksFeedsAndSessions()
    {
        var (owner, id) = await ExamplePlanWithFeedbackAsync("leaving@example.com");
        using var _ = owner;
        using var phone = _app.NewClient();
        await phone.LoginAsync("leaving@example.com");
        var calendar = await owner.GetAsync($"/plans/{id}/calendar");
        var feedPage = await owner.FollowAsync(await owner.SubmitAsync(calendar.Form("form[action*='handler=Subscribe']")));
        var feed = new Uri(((AngleSharp.Html.Dom.IHtmlInputElement)feedPage.Document.QuerySelector("#new-link-url")!).Value).AbsolutePath;
        var share = await owner.GetAsync($"/plans/{id}/share");
        var link = new Uri(((AngleSharp.Html.Dom.IHtmlInputElement)(await owner.FollowAsync(await owner.SubmitAsync(share.Form("main form:not([action*='handler'])"), new Dictionary<string, string> { ["Input.Label"] = "Sam" }))).Document.QuerySelector("#new-link-url")!).Value).AbsolutePath;

        var wrong = await owner.FillAsync("/account/delete", new Dictionary<string, string> { ["Password"] = "not my password" });
        Assert.Equal("That is not your password. Nothing was deleted.", wrong.FieldError("Password"));
        Assert.Equal(1, await _app.QueryAsync(db => db.Users.CountAsync()));

        var deleted = await owner.FillAsync("/account/delete", new Dictionary<string, string> { ["Password"] = UserStories.Password });
        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);
        Assert.Contains("Your account and all its plans have been deleted.", (await owner.FollowAsync(deleted)).Text);

        Assert.Equal(0, await _app.QueryAsync(db => db.Users.CountAsync()));
        Assert.Equal(0, await _app.QueryAsync(db => db.Plans.CountAsync()));
        Assert.Equal(0, await _app.QueryAsync(db => db.Reviews.CountAsync()));
        Assert.Equal(0, await _app.QueryAsync(db => db.ShareLinks.CountAsync()));
        Assert.Equal(0, await _app.QueryAsync(db => db.MentorComments.CountAsync()));
        Assert.Equal(0, await _app.QueryAsync(db => db.MentorRatings.CountAsync()));
        Assert.Equal(0, await _app.QueryAsync(db => Task.FromResult(db.UserClaims.Count() + db.UserTokens.Count() + db.UserLogins.Count())));

        using var stranger = _app.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(link)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync(feed)).StatusCode);
        _app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/plans")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await owner.GetAsync("/plans")).Status);
    }

    private static void Set(JsonNode root, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var node = root;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var name = part.Contains('[') ? part[..part.IndexOf('[')] : part;
            int? index = part.Contains('[') ? int.Parse(part[(part.IndexOf('[') + 1)..^1], System.Globalization.CultureInfo.InvariantCulture) : null;
            var last = i == parts.Length - 1;
            if (index is { } at)
            {
                var array = node[name]!.AsArray();
                if (last)
                {
                    array[at] = value;
                }
                else
                {
                    node = array[at]!;
                }
            }
            else if (last)
            {
                node[name] = value;
            }
            else
            {
                node = node[name]!;
            }
        }
    }
}
