using CareerPlanner.Tests.Infrastructure;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace CareerPlanner.Tests.Pages.Plans.Export;

/// <summary>The Markdown export's tables are tables to a Markdown reader, with a row per skill and per requirement.</summary>
public sealed class MarkdownTablesTests : IDisposable
{
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task SkillsAndGaps_ParseAsTables_WithARowEach()
    {
        var (owner, id) = await _app.OwnerWithExamplePlanAsync();
        using var _ = owner;
        var markdown = await owner.DownloadAsync(PlanRoutes.Export(id, "markdown"));
        var plan = await _app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Plans));

        var document = Markdown.Parse(markdown, new MarkdownPipelineBuilder().UsePipeTables().Build());
        var tables = document.Descendants<Table>().ToList();

        Assert.Equal(2, tables.Count);
        // A header row plus one row per skill, then per requirement.
        Assert.Equal(plan.Skills.Count + 1, tables[0].Count);
        Assert.Equal(plan.Requirements.Count + 1, tables[1].Count);
        Assert.Equal(3, ((TableRow)tables[0][0]).Count);
        Assert.Equal(7, ((TableRow)tables[1][0]).Count);
    }
}
