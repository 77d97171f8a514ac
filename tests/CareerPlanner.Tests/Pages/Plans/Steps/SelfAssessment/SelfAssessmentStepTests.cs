using System.Net;
using CareerPlanner.Tests.Infrastructure;

namespace CareerPlanner.Tests.Pages.Plans.Steps.SelfAssessment;

/// <summary>Steps 1–3 through their real forms, the way a person without JavaScript uses them.</summary>
public sealed class SelfAssessmentStepTests : IDisposable
{
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private static string Url(int id, string step) => $"/plans/{id}/{step}";

    [Fact]
    public async Task SelfAssessment_EveryFieldIsSaved_AndShownAgain()
    {
        using var client = await _app.RegisteredClientAsync();
        var id = await client.CreatePlanAsync("Support → PM");

        var saved = await client.FillAsync(Url(id, "self-assessment"), new Dictionary<string, string>
        {
            ["Input.Strengths"] = "Explains complex problems **simply**",
            ["Input.Motivators"] = "Seeing a fix reach thousands of customers",
            ["Input.ExcelsAt"] = "Turning vague complaints into bug reports",
            ["Input.StrugglesWith"] = "Saying no to urgent requests",
            ["Input.Skills[0].Name"] = "Customer empathy",
            ["Input.Skills[0].Level"] = "5",
            ["Input.Skills[0].Evidence"] = "Top CSAT in a team of 25",
            ["Input.Experiences[0].Role"] = "Support Engineer",
            ["Input.Experiences[0].Organisation"] = "Brightwave",
            ["Input.Experiences[0].From"] = "2022-11-01",
            ["Input.Experiences[0].To"] = "",
            ["Input.Experiences[0].Highlights"] = "Wrote 40 help-centre articles",
        }, button: "Save");

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var page = await client.FollowAsync(saved);
        Assert.Equal("Saved.", page.StatusMessage);
        Assert.Equal("Explains complex problems **simply**", page.Value("Input.Strengths"));
        Assert.Equal("Seeing a fix reach thousands of customers", page.Value("Input.Motivators"));
        Assert.Equal("Turning vague complaints into bug reports", page.Value("Input.ExcelsAt"));
        Assert.Equal("Saying no to urgent requests", page.Value("Input.StrugglesWith"));
        Assert.Equal("Customer empathy", page.Value("Input.Skills[0].Name"));
        Assert.Equal("5", page.Value("Input.Skills[0].Level"));
        Assert.Equal("Top CSAT in a team of 25", page.Value("Input.Skills[0].Evidence"));
        Assert.Equal("Support Engineer", page.Value("Input.Experiences[0].Role"));
        Assert.Equal("Brightwave", page.Value("Input.Experiences[0].Organisation"));
        Assert.Equal("2022-11-01", page.Value("Input.Experiences[0].From"));
        Assert.Equal("", page.Value("Input.Experiences[0].To"));
        Assert.Equal("Wrote 40 help-centre articles", page.Value("Input.Experiences[0].Highlights"));
        // A fresh empty row waits for the next skill and experience.
        Assert.Equal("", page.Value("Input.Skills[1].Name"));
        Assert.Equal("", page.Value("Input.Experiences[1].Role"));
        Assert.Contains("Done", page.Document.QuerySelector("nav[aria-label='Plan steps'] li:first-child")!.TextContent);
    }

    [Fact]
    public async Task SelfAssessment_SkillsCanBeEditedReorderedAndRemoved()
    {
        using var client = await _app.RegisteredClientAsync();
        var id = await client.CreatePlanAsync("Skills");
        await AddSkillAsync(client, id, 0, "SQL", "3");
        await AddSkillAsync(client, id, 1, "Writing", "4");
        await AddSkillAsync(client, id, 2, "Roadmapping", "1");

        var page = await client.GetAsync(Url(id, "self-assessment"));
        var moved = await client.SubmitAsync(page.Form(), new Dictionary<string, string> { ["Input.Skills[0].Level"] = "4" }, button: "↑ Move up: Writing");
        page = await client.FollowAsync(moved);
        Assert.Equal("Order changed and saved.", page.StatusMessage);
        Assert.Equal(["Writing", "SQL", "Roadmapping"], SkillNames(page));
        Assert.Equal("4", page.Value("Input.Skills[1].Level"));

        var removed = await client.SubmitAsync(page.Form(), button: "Remove: SQL");
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
        var id = await client.CreatePlanAsync("Levels");

        var page = await client.FillAsync(Url(id, "self-assessment"), new Dictionary<string, string>
        {
            ["Input.Strengths"] = "Calm with upset customers",
            ["Input.Skills[0].Name"] = "SQL",
            ["Input.Skills[0].Level"] = level,
            ["Input.Skills[0].Evidence"] = "Rebuilt the ticket dashboard",
        }, button: "Save");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(message, page.FieldError("Input.Skills[0].Level"));
        Assert.Contains(message, page.SummaryErrors);
        Assert.Equal("Calm with upset customers", page.Value("Input.Strengths"));
        Assert.Equal("SQL", page.Value("Input.Skills[0].Name"));
        Assert.Equal("Rebuilt the ticket dashboard", page.Value("Input.Skills[0].Evidence"));
        var plan = await _app.QueryAsync(db => Task.FromResult(db.Plans.Single()));
        Assert.Empty(plan.Skills);
        Assert.Equal("", plan.Strengths);
    }

    [Fact]
    public async Task SelfAssessment_ASkillWithoutAName_OrAnExperienceEndingBeforeItStarts_ShowsMessagesByTheFields()
    {
        using var client = await _app.RegisteredClientAsync();
        var id = await client.CreatePlanAsync("Names");

        var page = await client.FillAsync(Url(id, "self-assessment"), new Dictionary<string, string>
        {
            ["Input.Skills[0].Name"] = "   ",
            ["Input.Skills[0].Level"] = "3",
            ["Input.Experiences[0].Role"] = "Agent",
            ["Input.Experiences[0].From"] = "2020-05-01",
            ["Input.Experiences[0].To"] = "2019-01-01",
        }, button: "Save");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Skill name is required.", page.FieldError("Input.Skills[0].Name"));
        Assert.Equal("The end cannot be before the start.", page.FieldError("Input.Experiences[0].To"));
        Assert.Equal("2019-01-01", page.Value("Input.Experiences[0].To"));
    }

    [Fact]
    public async Task AnOversizedText_IsRefusedWithAMessage_NotA500_AndKept()
    {
        using var client = await _app.RegisteredClientAsync();
        var id = await client.CreatePlanAsync("Big");
        var megabyte = new string('a', 1024 * 1024);

        var page = await client.FillAsync(Url(id, "self-assessment"), new Dictionary<string, string> { ["Input.Motivators"] = megabyte }, button: "Save");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("What motivates you must be at most 20,000 characters (it has 1,048,576).", page.FieldError("Input.Motivators"));
        Assert.Equal(megabyte.Length, page.Value("Input.Motivators")!.Length);
    }

    [Fact]
    public async Task Goals_EveryFieldIsSaved_AndGoalsAreGroupedByHorizon()
    {
        using var client = await _app.RegisteredClientAsync();
        var id = await client.CreatePlanAsync("Goals");
        var today = DateOnly.FromDateTime(AppFactory.Today.UtcDateTime);

        var saved = await client.FillAsync(Url(id, "goals"), new Dictionary<string, string>
        {
            ["Input.DreamJob"] = "Product manager for a B2B product",
            ["Input.Intention"] = "FindAnotherJob",
            ["Input.Opportunities"] = "AI-assisted support grows demand for customer insight",
            ["Input.Goals[0].Horizon"] = "ThreeYears",
            ["Input.Goals[0].Title"] = "Product Manager on a B2B team",
            ["Input.Goals[0].Description"] = "Own a backlog",
            ["Input.Goals[0].TargetDate"] = today.AddYears(3).ToString("yyyy-MM-dd"),
        }, button: "Save");
        var page = await client.FollowAsync(saved);
        saved = await client.SubmitAsync(page.Form(), new Dictionary<string, string>
        {
            ["Input.Goals[1].Horizon"] = "OneYear",
            ["Input.Goals[1].Title"] = "Ship one feature as PM shadow",
            ["Input.Goals[1].TargetDate"] = today.AddMonths(11).ToString("yyyy-MM-dd"),
        }, button: "Save");
        page = await client.FollowAsync(saved);

        Assert.Equal("Product manager for a B2B product", page.Value("Input.DreamJob"));
        Assert.Equal("FindAnotherJob", page.Document.QuerySelector("input[name='Input.Intention'][checked]")?.GetAttribute("value"));
        Assert.Equal("AI-assisted support grows demand for customer insight", page.Value("Input.Opportunities"));
        Assert.Equal("Own a backlog", page.Value("Input.Goals[0].Description"));
        var groups = page.Document.QuerySelectorAll(".horizon").Select(h => (h.QuerySelector("h3")!.TextContent, h.QuerySelector("li strong")!.TextContent)).ToList();
        Assert.Equal([("1 year", "Ship one feature as PM shadow"), ("3 years", "Product Manager on a B2B team")], groups);
    }

    [Fact]
    public async Task Goals_ATargetDateInThePast_IsRefused_AndTheGoalIsKeptInTheForm()
    {
        using var client = await _app.RegisteredClientAsync();
        var id = await client.CreatePlanAsync("Past");

        var page = await client.FillAsync(Url(id, "goals"), new Dictionary<string, string>
        {
            ["Input.DreamJob"] = "UX researcher",
            ["Input.Goals[0].Horizon"] = "OneYear",
            ["Input.Goals[0].Title"] = "Portfolio with 3 case studies",
            ["Input.Goals[0].TargetDate"] = "2020-01-01",
        }, button: "Save and continue →");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("The target date must be after today.", page.FieldError("Input.Goals[0].TargetDate"));
        Assert.Equal("Portfolio with 3 case studies", page.Value("Input.Goals[0].Title"));
        Assert.Equal("UX researcher", page.Value("Input.DreamJob"));
    }

    [Fact]
    public async Task GapAnalysis_CurrentLevelComesFromStepOne_ReadinessAndOrderAreShown()
    {
        using var client = await _app.RegisteredClientAsync();
        var id = await client.CreatePlanAsync("Gaps");
        await AddSkillAsync(client, id, 0, "Stakeholder management", "2");

        var saved = await client.FillAsync(Url(id, "gap-analysis"), new Dictionary<string, string>
        {
            ["Input.TargetRoleTitle"] = "Product Manager, B2B SaaS",
            ["Input.TargetRoleDescription"] = "3+ years in product or adjacent roles",
            ["Input.Requirements[0].Kind"] = "Skill",
            ["Input.Requirements[0].Name"] = "stakeholder management",
            ["Input.Requirements[0].RequiredLevel"] = "4",
            ["Input.Requirements[0].CurrentLevel"] = "",
            ["Input.Requirements[0].ClosedBy"] = "Experience",
            ["Input.Requirements[0].Priority"] = "Medium",
        }, button: "Save");
        var page = await client.FollowAsync(saved);
        saved = await client.SubmitAsync(page.Form(), new Dictionary<string, string>
        {
            ["Input.Requirements[1].Kind"] = "Certification",
            ["Input.Requirements[1].Name"] = "Product management certificate",
            ["Input.Requirements[1].RequiredLevel"] = "3",
            ["Input.Requirements[1].CurrentLevel"] = "3",
            ["Input.Requirements[1].ClosedBy"] = "Certification",
            ["Input.Requirements[1].Priority"] = "Low",
        }, button: "Save");
        page = await client.FollowAsync(saved);

        Assert.Equal("Product Manager, B2B SaaS", page.Value("Input.TargetRoleTitle"));
        Assert.Equal("3+ years in product or adjacent roles", page.Value("Input.TargetRoleDescription"));
        Assert.Contains("From your self-assessment: 2 – Advanced beginner", page.Text);
        // (2 × 2/4 + 1 × 3/3) / (2 + 1) = 66.6 → 66 %
        Assert.Equal("66 %", page.Document.QuerySelector(".readiness-value")!.TextContent.Trim());
        var rows = page.Document.QuerySelectorAll("table tbody tr").Select(r => r.QuerySelector("th")!.TextContent.Trim()).ToList();
        Assert.Equal(["stakeholder management", "Product management certificate"], rows);
        Assert.Contains("(from self-assessment)", page.Document.QuerySelector("table tbody tr")!.TextContent);
        var chart = page.Document.QuerySelector("svg.gap-chart")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.Contains("stakeholder management: current 2, required 4, gap 2", chart.QuerySelector("desc")!.TextContent);
        Assert.Equal(2, chart.QuerySelectorAll("rect.bar-current").Length - 1); // one per requirement, plus the legend's swatch
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    public async Task GapAnalysis_ARequiredLevelOutsideOneToFive_IsRefused(string level)
    {
        using var client = await _app.RegisteredClientAsync();
        var id = await client.CreatePlanAsync("Bad level");

        var page = await client.FillAsync(Url(id, "gap-analysis"), new Dictionary<string, string>
        {
            ["Input.Requirements[0].Kind"] = "Skill",
            ["Input.Requirements[0].Name"] = "Roadmapping",
            ["Input.Requirements[0].RequiredLevel"] = level,
            ["Input.Requirements[0].ClosedBy"] = "Training",
            ["Input.Requirements[0].Priority"] = "High",
        }, button: "Save");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Required level must be between 1 (Novice) and 5 (Expert).", page.FieldError("Input.Requirements[0].RequiredLevel"));
        Assert.Equal("Roadmapping", page.Value("Input.Requirements[0].Name"));
    }

    [Fact]
    public async Task Next_SavesAndGoesOn_Back_SavesAndGoesBack_AndThePlanResumesThere()
    {
        using var client = await _app.RegisteredClientAsync();
        var id = await client.CreatePlanAsync("Moving");

        var next = await client.FillAsync(Url(id, "self-assessment"), new Dictionary<string, string> { ["Input.Strengths"] = "Patterns in tickets" }, button: "Save and continue →");
        Assert.Equal(Url(id, "goals"), next.Location);
        var back = await client.FillAsync(Url(id, "goals"), new Dictionary<string, string> { ["Input.DreamJob"] = "PM" }, button: "← Back");
        Assert.Equal(Url(id, "self-assessment"), back.Location);

        var plans = await client.GetAsync("/plans");
        Assert.Equal(Url(id, "self-assessment"), plans.Document.QuerySelector(".plan-card a.button")!.GetAttribute("href"));
        var goals = await client.GetAsync(Url(id, "goals"));
        Assert.Equal("PM", goals.Value("Input.DreamJob"));
        await client.FillAsync(Url(id, "goals"), new Dictionary<string, string>(), button: "Save");
        plans = await client.GetAsync("/plans");
        Assert.Equal(Url(id, "goals"), plans.Document.QuerySelector(".plan-card a.button")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("self-assessment", "Input.Strengths")]
    [InlineData("goals", "Input.DreamJob")]
    [InlineData("gap-analysis", "Input.TargetRoleTitle")]
    public async Task AStaleForm_IsRefused_WithTheInputKept_AndASecondSaveWins(string step, string field)
    {
        using var client = await _app.RegisteredClientAsync();
        var id = await client.CreatePlanAsync("Two tabs");
        var tabOne = await client.GetAsync(Url(id, step));
        var tabTwo = await client.GetAsync(Url(id, step));

        await client.SubmitAsync(tabOne.Form(), new Dictionary<string, string> { [field] = "from tab one" }, button: "Save");
        var refused = await client.SubmitAsync(tabTwo.Form(), new Dictionary<string, string> { [field] = "from tab two" }, button: "Save");

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains(PlanPageModel.StaleMessage, refused.SummaryErrors);
        Assert.Equal("from tab two", refused.Value(field));
        var again = await client.SubmitAsync(refused.Form(), button: "Save");
        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        Assert.Equal("from tab two", (await client.FollowAsync(again)).Value(field));
    }

    [Theory]
    [InlineData("self-assessment")]
    [InlineData("goals")]
    [InlineData("gap-analysis")]
    public async Task AnotherUser_Gets404OnEveryStep_GetAndPost(string step)
    {
        using var owner = await _app.RegisteredClientAsync();
        var id = await owner.CreatePlanAsync("Private");
        await owner.FillAsync(Url(id, step), new Dictionary<string, string>(), button: "Save");
        using var other = await _app.RegisteredClientAsync();
        var otherId = await other.CreatePlanAsync("Other");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(Url(id, step))).Status);
        var ownForm = await other.GetAsync(Url(otherId, step));
        var fields = ownForm.Form().Elements.OfType<AngleSharp.Html.Dom.IHtmlInputElement>()
            .Where(i => i.Name is { Length: > 0 } && i.Type == "hidden")
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
        fields.Add(new("command", "save"));
        var post = await other.PostAsync(Url(id, step), fields);
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
        var version = await _app.QueryAsync(db => Task.FromResult(db.Plans.Single(p => p.Id == id).Version));
        Assert.Equal(3, version); // created (1), then the owner's one save (2 changes: content + resume point)
    }

    [Fact]
    public async Task PlanOverview_RendersTheMarkdownPeopleTyped_Safely()
    {
        using var client = await _app.RegisteredClientAsync();
        var id = await client.CreatePlanAsync("Rendered");
        await client.FillAsync(Url(id, "self-assessment"), new Dictionary<string, string>
        {
            ["Input.Strengths"] = "Explains complex problems **simply** <script>alert(1)</script> [x](javascript:alert(1))",
            ["Input.Skills[0].Name"] = "Writing",
            ["Input.Skills[0].Level"] = "4",
        }, button: "Save");

        var overview = await client.GetAsync($"/plans/{id}");

        var section = overview.Document.QuerySelector("section[aria-labelledby=s1]")!;
        Assert.Equal("simply", section.QuerySelector("strong")!.TextContent);
        Assert.Empty(overview.Document.QuerySelectorAll("main script"));
        Assert.DoesNotContain(overview.Document.QuerySelectorAll("main a"), a => (a.GetAttribute("href") ?? "").StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("4 – Proficient", section.QuerySelector("table")!.TextContent);
    }

    private static async Task AddSkillAsync(HtmlClient client, int id, int row, string name, string level)
    {
        var result = await client.FillAsync(Url(id, "self-assessment"), new Dictionary<string, string>
        {
            [$"Input.Skills[{row}].Name"] = name,
            [$"Input.Skills[{row}].Level"] = level,
        }, button: "Save");
        Assert.True(result.Status == HttpStatusCode.Redirect, string.Join("; ", result.SummaryErrors));
    }

    private static List<string> SkillNames(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll("input[name$='.Name'][name^='Input.Skills']").Select(i => ((AngleSharp.Html.Dom.IHtmlInputElement)i).Value).Where(v => v.Length > 0)];
}
