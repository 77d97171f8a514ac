using CareerPlanner.BrowserTests.Infrastructure;
using CareerPlanner.BrowserTests.PageObjects;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CareerPlanner.BrowserTests;

/// <summary>A planner takes her plan with her: downloads it, imports it again, prints it to PDF, sets a review rhythm.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DataOwnershipJourneyTests(BrowserAppFixture app, ITestOutputHelper output)
{
    private const string ExamplePlan = Amara.ExamplePlanTitle;

    [SkippableFact]
    public async Task ExportReimportPrintToPdfAndSubscribe()
    {
        await using var session = await app.StartSessionAsync(output, "Data ownership");
        var page = session.Page;
        var plans = new MyPlansPage(page);
        var overview = new PlanOverviewPage(page);
        var import = new ImportPage(page);
        var calendar = new CalendarPage(page);
        await PlanWizard.RegisterAsync(page, "amara-data");
        await plans.ExampleButton.ClickAsync();
        await plans.PlanLink(ExamplePlan).ClickAsync();
        await Expect(overview.TitleOf(ExamplePlan)).ToBeVisibleAsync();

        // Download the JSON and the Markdown.
        var folder = Directory.CreateTempSubdirectory("careerplanner-downloads").FullName;
        var jsonDownload = await page.RunAndWaitForDownloadAsync(() => overview.DownloadJson.ClickAsync());
        var jsonFile = Path.Combine(folder, jsonDownload.SuggestedFilename);
        await jsonDownload.SaveAsAsync(jsonFile);
        Assert.EndsWith(".careerplan.json", jsonFile);
        Assert.Contains("\"schema\": \"careerplanner.plan\"", await File.ReadAllTextAsync(jsonFile));
        var markdownDownload = await page.RunAndWaitForDownloadAsync(() => overview.DownloadMarkdown.ClickAsync());
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
        await page.GotoAsync(MyPlansPage.Url);
        await plans.ImportLink.ClickAsync();
        await Expect(import.Title).ToBeVisibleAsync();
        await session.CheckPageAsync("Import page");
        await import.ImportButton.ClickAsync();
        await Expect(import.Alert).ToContainTextAsync("Choose a plan file");
        await session.CheckPageAsync("Import page, no file");
        await import.PlanFile.SetInputFilesAsync(jsonFile);
        await import.ImportButton.ClickAsync();
        await Expect(overview.Status.First).ToHaveTextAsync($"Plan “{ExamplePlan}” imported.");
        await Expect(overview.Section("4. Action plan")).ToContainTextAsync("Get better at prioritising");
        await page.GotoAsync(MyPlansPage.Url);
        await Expect(plans.Cards).ToHaveCountAsync(2);

        // A review rhythm and a calendar link.
        await plans.PlanLink(ExamplePlan).First.ClickAsync();
        await overview.CalendarLink.ClickAsync();
        await calendar.EveryQuarter.CheckAsync();
        await calendar.SaveRhythmButton.ClickAsync();
        await Expect(calendar.Status.First).ToHaveTextAsync("Review rhythm set: every quarter.");
        await calendar.CreateFeedButton.ClickAsync();
        var feed = await calendar.FeedLink.InputValueAsync();
        Assert.Matches("/calendar/[A-Za-z0-9_-]{43}\\.ics$", feed);
        await session.CheckPageAsync("Review rhythm and calendar");
        var ics = await page.APIRequest.GetAsync(feed);
        Assert.Equal(200, ics.Status);
        Assert.Contains("BEGIN:VCALENDAR", await ics.TextAsync());

        Directory.Delete(folder, recursive: true);
    }
}
