using System.Net;
using System.Text.Json.Nodes;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Tests.Pages.Plans.Import;

/// <summary>The plan import: a broken, oversized or missing file is refused with a message that names what is wrong, and nothing is imported.</summary>
public sealed class ImportTests : IDisposable
{
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

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
        var (owner, id) = await _app.OwnerWithExamplePlanAndMentorFeedbackAsync();
        using var _ = owner;
        var node = JsonNode.Parse(await owner.DownloadAsync(ExportPage.Json(id)))!;
        Set(node, path, JsonNode.Parse(value));
        var before = await _app.QueryAsync(db => db.Plans.CountAsync());

        var refused = await ImportPage.ImportAsync(owner, node.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains(message, refused.FieldError(ImportPage.PlanFile));
        Assert.StartsWith("Nothing was imported.", refused.FieldError(ImportPage.PlanFile));
        Assert.Equal(before, await _app.QueryAsync(db => db.Plans.CountAsync()));
        Assert.Equal(1, await _app.QueryAsync(db => db.Reviews.Select(r => r.PlanId).Distinct().CountAsync()));
    }

    [Fact]
    public async Task Import_RefusesAnOversizedFile_NotJson_AndNoFile()
    {
        using var owner = await _app.RegisteredClientAsync();

        var big = await ImportPage.ImportBytesAsync(owner, new byte[PlanImport.MaxBytes + 1]);
        Assert.Contains("a plan file can be at most 2 MB", big.FieldError(ImportPage.PlanFile));
        var notJson = await ImportPage.ImportAsync(owner, "this is not json");
        Assert.Contains("Nothing was imported.", notJson.FieldError(ImportPage.PlanFile));
        var binary = await ImportPage.ImportBytesAsync(owner, [0xFF, 0xFE, 0x00, 0x41]);
        Assert.Equal("The file is not UTF-8 text: is it really a plan file (.json)?", binary.FieldError(ImportPage.PlanFile));
        var empty = await owner.FillAsync(ImportPage.Url, new Dictionary<string, string>());
        Assert.Equal("Choose a plan file (.json) exported from CareerPlanner.", empty.FieldError(ImportPage.PlanFile));
        Assert.Equal(0, await _app.QueryAsync(db => db.Plans.CountAsync()));
    }

    /// <summary>Sets the value at a path such as <c>plan.actions[1].id</c>.</summary>
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
