using System.Net;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;
using static CareerPlanner.Tests.PageObjects.SelfAssessmentPage;
using static CareerPlanner.Tests.PageObjects.StepPage;

namespace CareerPlanner.Tests.Pages.Plans.Steps.SelfAssessment;

/// <summary>Step 1 through its real form, the way a person without JavaScript uses it.</summary>
public sealed class SelfAssessmentStepTests : IDisposable
{
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task SelfAssessment_EveryFieldIsSaved_AndShownAgain()
    {
        using var client = await _app.RegisteredClientAsync();
        var step = new SelfAssessmentPage(client, await client.CreatePlanAsync("Support → PM"));

        var saved = await step.SaveAsync(new FormValues
        {
            { Strengths, "Explains complex problems **simply**" },
            { Motivators, "Seeing a fix reach thousands of customers" },
            { ExcelsAt, "Turning vague complaints into bug reports" },
            { StrugglesWith, "Saying no to urgent requests" },
            Skill(0, name: "Customer empathy", level: "5", evidence: "Top CSAT in a team of 25"),
            Experience(0, role: "Support Engineer", organisation: "Brightwave", from: "2022-11-01", to: "", highlights: "Wrote 40 help-centre articles"),
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var page = await client.FollowAsync(saved);
        Assert.Equal("Saved.", page.StatusMessage);
        Assert.Equal("Explains complex problems **simply**", page.Value(Strengths));
        Assert.Equal("Seeing a fix reach thousands of customers", page.Value(Motivators));
        Assert.Equal("Turning vague complaints into bug reports", page.Value(ExcelsAt));
        Assert.Equal("Saying no to urgent requests", page.Value(StrugglesWith));
        Assert.Equal("Customer empathy", page.Value(SkillField(0, "Name")));
        Assert.Equal("5", page.Value(SkillField(0, "Level")));
        Assert.Equal("Top CSAT in a team of 25", page.Value(SkillField(0, "Evidence")));
        Assert.Equal("Support Engineer", page.Value(ExperienceField(0, "Role")));
        Assert.Equal("Brightwave", page.Value(ExperienceField(0, "Organisation")));
        Assert.Equal("2022-11-01", page.Value(ExperienceField(0, "From")));
        Assert.Equal("", page.Value(ExperienceField(0, "To")));
        Assert.Equal("Wrote 40 help-centre articles", page.Value(ExperienceField(0, "Highlights")));
        // A fresh empty row waits for the next skill and experience.
        Assert.Equal("", page.Value(SkillField(1, "Name")));
        Assert.Equal("", page.Value(ExperienceField(1, "Role")));
        Assert.Contains("Done", FirstStep(page).TextContent);
    }

    [Fact]
    public async Task SelfAssessment_SkillsCanBeEditedReorderedAndRemoved()
    {
        using var client = await _app.RegisteredClientAsync();
        var step = new SelfAssessmentPage(client, await client.CreatePlanAsync("Skills"));
        await step.AddSkillAsync(0, "SQL", "3");
        await step.AddSkillAsync(1, "Writing", "4");
        await step.AddSkillAsync(2, "Roadmapping", "1");

        var page = await step.OpenAsync();
        var moved = await client.SubmitAsync(page.Form(), new Dictionary<string, string> { [SkillField(0, "Level")] = "4" }, button: MoveUp("Writing"));
        page = await client.FollowAsync(moved);
        Assert.Equal("Order changed and saved.", page.StatusMessage);
        Assert.Equal(["Writing", "SQL", "Roadmapping"], SkillNames(page));
        Assert.Equal("4", page.Value(SkillField(1, "Level")));

        var removed = await client.SubmitAsync(page.Form(), button: Remove("SQL"));
        page = await client.FollowAsync(removed);
        Assert.Equal(["Writing", "Roadmapping"], SkillNames(page));
    }

    [Theory]
    [InlineData("0", "Level must be between 1 (Novice) and 5 (Expert).")]
    [InlineData("6", "Level must be between 1 (Novice) and 5 (Expert).")]
    [InlineData("", "Choose a level from 1 (Novice) to 5 (Expert).")]
    public async Task SelfAssessment_ALevelOutsideOneToFive_IsRefused_AndEverythingTypedIsKept(string level, string message)
    {
        using var client = await _app.RegisteredClientAsync();
        var step = new SelfAssessmentPage(client, await client.CreatePlanAsync("Levels"));

        var page = await step.SaveAsync(new FormValues
        {
            { Strengths, "Calm with upset customers" },
            Skill(0, name: "SQL", level: level, evidence: "Rebuilt the ticket dashboard"),
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(message, page.FieldError(SkillField(0, "Level")));
        Assert.Contains(message, page.SummaryErrors);
        Assert.Equal("Calm with upset customers", page.Value(Strengths));
        Assert.Equal("SQL", page.Value(SkillField(0, "Name")));
        Assert.Equal("Rebuilt the ticket dashboard", page.Value(SkillField(0, "Evidence")));
        var plan = await _app.QueryAsync(db => Task.FromResult(db.Plans.Single()));
        Assert.Empty(plan.Skills);
        Assert.Equal("", plan.Strengths);
    }

    [Fact]
    public async Task SelfAssessment_ASkillWithoutAName_OrAnExperienceEndingBeforeItStarts_ShowsMessagesByTheFields()
    {
        using var client = await _app.RegisteredClientAsync();
        var step = new SelfAssessmentPage(client, await client.CreatePlanAsync("Names"));

        var page = await step.SaveAsync(new FormValues
        {
            Skill(0, name: "   ", level: "3"),
            Experience(0, role: "Agent", from: "2020-05-01", to: "2019-01-01"),
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Skill name is required.", page.FieldError(SkillField(0, "Name")));
        Assert.Equal("The end cannot be before the start.", page.FieldError(ExperienceField(0, "To")));
        Assert.Equal("2019-01-01", page.Value(ExperienceField(0, "To")));
    }

    [Fact]
    public async Task AnOversizedText_IsRefusedWithAMessage_NotA500_AndKept()
    {
        using var client = await _app.RegisteredClientAsync();
        var step = new SelfAssessmentPage(client, await client.CreatePlanAsync("Big"));
        var megabyte = new string('a', 1024 * 1024);

        var page = await step.SaveAsync(new FormValues { { Motivators, megabyte } });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("What motivates you must be at most 20,000 characters (it has 1,048,576).", page.FieldError(Motivators));
        Assert.Equal(megabyte.Length, page.Value(Motivators)!.Length);
    }
}
