using System.Net;
using AngleSharp.Html.Dom;
using CareerPlanner.Tests.Infrastructure;

namespace CareerPlanner.Tests.PageObjects;

/// <summary>Step 1, <c>/plans/{id}/self-assessment</c>: strengths and motivators, skills, experience.</summary>
public sealed class SelfAssessmentPage(HtmlClient client, int planId) : StepPage(client, planId, Slug)
{
    public const string Slug = "self-assessment";

    public const string Strengths = "Input.Strengths";
    public const string Motivators = "Input.Motivators";
    public const string ExcelsAt = "Input.ExcelsAt";
    public const string StrugglesWith = "Input.StrugglesWith";

    public static string SkillField(int row, string property) => $"Input.Skills[{row}].{property}";

    public static FormValues Skill(int row, string? name = null, string? level = null, string? evidence = null) =>
        FormValues.Row($"Input.Skills[{row}]", ("Name", name), ("Level", level), ("Evidence", evidence));

    public static string ExperienceField(int row, string property) => $"Input.Experiences[{row}].{property}";

    public static FormValues Experience(int row, string? role = null, string? organisation = null, string? from = null, string? to = null, string? highlights = null) =>
        FormValues.Row($"Input.Experiences[{row}]", ("Role", role), ("Organisation", organisation), ("From", from), ("To", to), ("Highlights", highlights));

    /// <summary>The button that moves a saved skill up one place.</summary>
    public static string MoveUp(string skill) => $"↑ Move up: {skill}";

    public static string Remove(string skill) => $"Remove: {skill}";

    /// <summary>The names of the saved skills, in order (the empty row for a new one left out).</summary>
    public static List<string> SkillNames(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll("input[name$='.Name'][name^='Input.Skills']").Select(i => ((IHtmlInputElement)i).Value).Where(v => v.Length > 0)];

    /// <summary>Saves a skill into the given row and checks it was accepted.</summary>
    public async Task AddSkillAsync(int row, string name, string level)
    {
        var result = await SaveAsync(Skill(row, name: name, level: level));
        Assert.True(result.Status == HttpStatusCode.Redirect, string.Join("; ", result.SummaryErrors));
    }
}
