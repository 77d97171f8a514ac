using System.Net;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;

namespace CareerPlanner.Tests.Security;

/// <summary>
/// The fuzzer's accounts and what each works through: a planner without plans, the import, each wizard
/// step on an example plan of its own (the bigger forms split over several workers), the plan's other
/// pages and the account's, the mentor's page, and a visitor's sign-in and registration.
/// </summary>
internal static class FuzzWorkers
{
    /// <summary>The plan's pages a worker reads in full now and then.</summary>
    public static readonly string[] PlanPages = ["self-assessment", "goals", "gap-analysis", "action-plan", "progress-review", "share", "rename"];

    public static async Task<IReadOnlyList<FuzzWorker>> SetUpAsync(CapturedApp app)
    {
        var address = 0;
        string NextAddress() => $"198.18.0.{Interlocked.Increment(ref address)}";

        async Task<(HtmlClient Client, int PlanId)> OwnerWithExamplePlanAsync()
        {
            var client = await app.RegisteredClientAsync(NextAddress());
            return (client, await client.CreateExamplePlanAsync());
        }

        static IReadOnlyList<(HtmlClient, string)> Quick(HtmlClient client, int id) =>
            [(client, MyPlansPage.Url), (client, PlanOverviewPage.Url(id)), (client, CalendarPage.Url(id)), (client, ExportPage.Json(id)), (client, ExportPage.Markdown(id))];

        static IReadOnlyList<(HtmlClient, string)> Full(HtmlClient client, int id) =>
        [
            .. Quick(client, id),
            .. PlanPages.Select(page => (client, StepPage.UrlOf(id, page))),
        ];

        var workers = new List<FuzzWorker>();

        // A planner without plans: "My plans" (the example-plan button only), "New plan" and the plan import.
        {
            var client = await app.RegisteredClientAsync(NextAddress());
            workers.Add(new FuzzWorker { Name = "plans", Client = client, Pages = [MyPlansPage.Url, NewPlanPage.Url] });
        }

        {
            var (client, id) = await OwnerWithExamplePlanAsync();
            var export = await client.Http.GetStringAsync(ExportPage.Json(id));
            workers.Add(new FuzzWorker { Name = "import", Client = client, Pages = [ImportPage.Url], ExportJson = export });
        }

        // The wizard's steps, each on the example plan (content in every step); the bigger forms shared by several workers.
        foreach (var (step, parts) in new[] { ("self-assessment", 2), ("goals", 1), ("gap-analysis", 2), ("action-plan", 6), ("progress-review", 1) })
        {
            for (var part = 0; part < parts; part++)
            {
                var (client, id) = await OwnerWithExamplePlanAsync();
                workers.Add(new FuzzWorker
                {
                    Name = parts == 1 ? step : $"{step} {part + 1}/{parts}",
                    Client = client,
                    PlanId = id,
                    Pages = [StepPage.UrlOf(id, step)],
                    Baseline = new Dictionary<string, string> { [ProgressReviewPage.MilestoneKind] = "Other", [ProgressReviewPage.MilestoneNote] = "Fuzzed milestone" },
                    Part = part,
                    Parts = parts,
                    QuickReads = Quick(client, id),
                    FullReads = Full(client, id),
                });
            }
        }

        // The plan's other pages, a mentor comment to resolve included; the account's pages.
        {
            var (client, id) = await OwnerWithExamplePlanAsync();
            var token = (await client.ShareAsync(id, "Commenting mentor"))["/m/".Length..];
            using var mentor = app.Client(NextAddress());
            var page = await mentor.GetAsync(MentorPage.Url(token));
            var commented = await mentor.SubmitAsync(page.Form(MentorPage.CommentForm), new Dictionary<string, string> { [MentorPage.Body] = "Comment to resolve." });
            Assert.Equal(HttpStatusCode.Redirect, commented.Status);
            workers.Add(new FuzzWorker
            {
                Name = "plan",
                Client = client,
                PlanId = id,
                Pages = [PlanOverviewPage.Url(id), RenamePlanPage.Url(id), SharePage.Url(id), CalendarPage.Url(id), ChangePasswordPage.Url, DeleteAccountPage.Url],
                // Changing the password to itself keeps the baseline valid after a value is accepted. The account deletion's password stays unknown.
                Baseline = new Dictionary<string, string>
                {
                    [SharePage.Label] = "Fuzzed link",
                    [CalendarPage.Cadence] = "Monthly",
                    [ChangePasswordPage.CurrentPassword] = UserStories.Password,
                    [ChangePasswordPage.NewPassword] = UserStories.Password,
                    [ChangePasswordPage.ConfirmPassword] = UserStories.Password,
                },
                QuickReads = Quick(client, id),
                FullReads = Full(client, id),
            });
        }

        // The mentor's page, reached by a share link; the planner reads what the mentor sent.
        {
            var (client, id) = await OwnerWithExamplePlanAsync();
            var token = (await client.ShareAsync(id, "Fuzzing mentor"))["/m/".Length..];
            var mentor = app.Client(NextAddress());
            Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync(MentorPage.Url(token))).Status);
            workers.Add(new FuzzWorker
            {
                Name = "mentor",
                Client = mentor,
                Pages = [MentorPage.Url(token)],
                Baseline = new Dictionary<string, string> { [MentorPage.Body] = "Fuzzed comment", [MentorPage.Rating(0)] = "3" },
                QuickReads = [(client, PlanOverviewPage.Url(id)), (client, MyPlansPage.Url)],
                FullReads = [(client, PlanOverviewPage.Url(id)), (client, MyPlansPage.Url), (client, StepPage.UrlOf(id, GapAnalysisPage.Slug)), (client, ExportPage.Markdown(id)), (client, ExportPage.Json(id))],
            });
        }

        // A visitor: sign in (to a real account, so a value that passes signs in and the return address is followed) and register.
        {
            var email = $"visitor-{Guid.NewGuid():N}@example.com";
            using (var registering = app.Client(NextAddress()))
            {
                await registering.RegisterAsync(email);
            }

            workers.Add(new FuzzWorker
            {
                Name = "visitor",
                Client = app.Client(NextAddress()),
                Pages = [LoginPage.Url, RegisterPage.Url],
                Baseline = new Dictionary<string, string> { [RegisterPage.Email] = email, [RegisterPage.Password] = UserStories.Password, [RegisterPage.ConfirmPassword] = UserStories.Password },
                SignOutAfterAccepted = true,
            });
        }
        return workers;
    }
}
