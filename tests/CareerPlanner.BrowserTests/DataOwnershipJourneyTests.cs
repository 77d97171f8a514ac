using CareerPlanner.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests;

/// <summary>A planner takes her plan with her: downloads it, imports it again, prints it to PDF, sets a review rhythm.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DataOwnershipJourneyTests(BrowserAppFixture app, ITestOutputHelper output)
{
    private const string ExamplePlan = "Support engineer → product manager (example)";

    [SkippableFact]
    public async Task ExportReimportPrintToPdfAndSubscribe()
    {
        await using var session = await app.StartSessionAsync(output, "Data ownership");
        var page = session.Page;
        await PlanWizard.RegisterAsync(page, "amara-data");
        await page.GetByRole(AriaRole.Button, new() { Name = "Explore an example plan" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = ExamplePlan, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = ExamplePlan, Level = 1 })).ToBeVisibleAsync();

        // Download the JSON and the Markdown.
        var folder = Directory.CreateTempSubdirectory("careerplanner-downloads").FullName;
        var jsonDownload = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download as JSON" }).ClickAsync());
        var jsonFile = Path.Combine(folder, jsonDownload.SuggestedFilename);
        await jsonDownload.SaveAsAsync(jsonFile);
        Assert.EndsWith(".careerplan.json", jsonFile);
        Assert.Contains("\"schema\": \"careerplanner.plan\"", await File.ReadAllTextAsync(jsonFile));
        var markdownDownload = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download as Markdown" }).ClickAsync());
        var markdownFile = Path.Combine(folder, markdownDownload.SuggestedFilename);
        await markdownDownload.SaveAsAsync(markdownFile);
        Assert.StartsWith($"# {ExamplePlan}", await File.ReadAllTextAsync(markdownFile));

        // Print to PDF: the document, without the site's navigation.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var pdfFile = Path.Combine(BrowserSettings.ScreenshotsFolder, "amara-plan.pdf");
        await page.PdfAsync(new() { Path = pdfFile, Format = "A4", PrintBackground = true });
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        using (var pdf = PdfDocument.Open(pdfFile))
        {
            var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
            Assert.True(pdf.NumberOfPages >= 3, $"{pdf.NumberOfPages} pages");
            foreach (var heading in new[] { ExamplePlan, "1. Self-assessment", "2. Where I want to go", "3. Gap analysis", "4. Action plan", "5. Progress review" })
            {
                Assert.Contains(heading.Replace(" ", "", StringComparison.Ordinal), text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
            }

            Assert.DoesNotContain("Skiptomaincontent", text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.DoesNotContain("Takeyourplanwithyou", text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }

        // Import the JSON as a new plan.
        await page.GotoAsync("/plans");
        await page.GetByRole(AriaRole.Link, new() { Name = "Import a plan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Import a plan", Level = 1 })).ToBeVisibleAsync();
        await session.CheckPageAsync("Import page");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import plan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Choose a plan file");
        await session.CheckPageAsync("Import page, no file");
        await page.GetByLabel("Plan file").SetInputFilesAsync(jsonFile);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import plan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToHaveTextAsync($"Plan “{ExamplePlan}” imported.");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "4. Action plan" })).ToContainTextAsync("Get better at prioritising");
        await page.GotoAsync("/plans");
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Your plans" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);

        // A review rhythm and a calendar link.
        await page.GetByRole(AriaRole.Link, new() { Name = ExamplePlan, Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Review rhythm and calendar" }).ClickAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Every quarter" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save rhythm" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Review rhythm set: every quarter.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create a calendar link" }).ClickAsync();
        var feed = await page.GetByLabel("Calendar link").InputValueAsync();
        Assert.Matches("/calendar/[A-Za-z0-9_-]{43}\\.ics$", feed);
        await session.CheckPageAsync("Review rhythm and calendar");
        var ics = await page.APIRequest.GetAsync(feed);
        Assert.Equal(200, ics.Status);
        Assert.Contains("BEGIN:VCALENDAR", await ics.TextAsync());

        Directory.Delete(folder, recursive: true);
    }
}
