using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;

namespace CareerPlanner.Tests.Pages.Shared;

/// <summary>The error summary names a row as the page shows it: by what was typed in it, or as the new row.</summary>
public sealed class ErrorSummaryTests : IDisposable
{
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ARowIsNamedByItsTypedName_AndTheEmptyRowAsTheNewOne()
    {
        using var owner = await _app.RegisteredClientAsync();
        var id = await owner.CreatePlanAsync("Summary words");
        var step = new SelfAssessmentPage(owner, id);
        await step.AddSkillAsync(0, "SQL", "3");

        // The saved skill loses its level; the new row gets evidence but no name.
        var refused = await step.SaveAsync(new FormValues
        {
            { SelfAssessmentPage.SkillField(0, "Level"), "" },
            { SelfAssessmentPage.SkillField(1, "Evidence"), "Ran the quarterly report" },
        });

        var where = refused.Document.QuerySelectorAll(".error-summary li .error-where").Select(e => e.TextContent.Trim()).ToList();
        Assert.Contains("Skill “SQL”:", where);
        Assert.Contains("New skill:", where);
        Assert.DoesNotContain(where, w => w.StartsWith("Skill 2", StringComparison.Ordinal));
    }
}
