using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;
using Xunit.Abstractions;

namespace CareerPlanner.Tests.Security;

/// <summary>
/// OWASP ASVS V5 (validation and encoding): every field of every form a planner, a mentor or a
/// visitor can reach — found by reading the pages, not listed by hand — sent bad values: wrong
/// types, megabytes, NUL and control characters, invalid UTF-8 and broken escapes, the field twice
/// or a thousand times, impossible enums, dates and numbers, broken GUIDs, markup, traversal and
/// SQL; the plan import gets broken and hostile plan files. Each request carries a valid
/// antiforgery token and every other field as the form had it. After a value is accepted, the
/// plan's pages are read again, so a saved value that breaks another page is caught too. No answer
/// may be a 5xx and the server may log no error.
/// <para>
/// Each field gets up to <c>CAREERPLANNER_FUZZ_PER_FIELD</c> values (default 500), fields taking turns,
/// within <c>CAREERPLANNER_FUZZ_SECONDS</c> of fuzzing (default 120, 0 for no limit: then every field
/// gets all its values). The values are the same on every run (seeded); the report says how many each
/// form's fields got.
/// </para>
/// </summary>
public sealed class FormFuzzTests(ITestOutputHelper output) : IDisposable
{
    public const string PerFieldVariable = "CAREERPLANNER_FUZZ_PER_FIELD";
    public const string SecondsVariable = "CAREERPLANNER_FUZZ_SECONDS";

    /// <summary>Fuzz only the pages whose address (e.g. <c>/plans/{id}/goals</c>) contains this.</summary>
    public const string OnlyVariable = "CAREERPLANNER_FUZZ_ONLY";

    public const int DefaultPerField = 500;
    public const int DefaultSeconds = 120;
    private const int Seed = 20_261_129;

    /// <summary>After this many accepted values, a worker reads every page of its plan, not only the quick ones.</summary>
    private const int FullReadEvery = 25;

    private const string Answered = FuzzRequests.Answered;

    private static readonly Regex PlanPath = new(@"^/plans/(?<id>\d+)(/|$)", RegexOptions.Compiled);

    private readonly CapturedApp _app = new();
    private readonly ConcurrentQueue<string> _failures = new();
    private readonly ConcurrentQueue<FormRun> _forms = new();
    private long _requests;
    private long _reads;

    public void Dispose() => _app.Dispose();

    private static int Setting(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : fallback;

    [Fact]
    public async Task EveryFieldOfEveryForm_TakesBadValues_WithoutAServerError_OrAnErrorLogged()
    {
        var perField = Math.Max(1, Setting(PerFieldVariable, DefaultPerField));
        var seconds = Setting(SecondsVariable, DefaultSeconds);
        var total = Stopwatch.StartNew();
        var workers = await FuzzWorkers.SetUpAsync(_app);
        output.WriteLine($"Set-up: {total.Elapsed.TotalSeconds:0.0} s, {workers.Count} workers. Up to {perField} values per field ({PerFieldVariable}) within {(seconds == 0 ? "no time limit" : $"{seconds} s")} ({SecondsVariable}); seed {Seed}; {FuzzValues.FixedCount} fixed values per field, then seeded random ones.");

        var fuzzing = Stopwatch.StartNew();
        var deadline = seconds == 0 ? DateTime.MaxValue : DateTime.UtcNow.AddSeconds(seconds);
        var generator = new FuzzValues(Seed);
        await Task.WhenAll(workers.Select(worker => Task.Run(() => RunAsync(worker, generator, perField, deadline))));

        // Last of all, the one form that ends everything: delete a plan.
        var owner = workers.Single(w => w.Name == "plan");
        var deleted = await owner.Client.SubmitAsync((await owner.Client.GetAsync(DeletePlanPage.Url(owner.PlanId!.Value))).Form());
        Interlocked.Add(ref _requests, 2);
        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);
        fuzzing.Stop();

        PrintReport(perField, fuzzing.Elapsed, total.Elapsed);
        var problems = _app.Logs.Problems;
        if (problems.Count > 0)
        {
            output.WriteLine($"{problems.Count} log entries at Error/Critical or with an exception; the distinct ones:");
            foreach (var problem in problems.GroupBy(p => (p.Category, p.Exception?.GetType().FullName, p.Exception?.Message ?? p.Message)).Take(30))
            {
                output.WriteLine($"  {problem.Count()}× {problem.First()}");
            }
        }

        var failures = _failures.ToList();
        if (failures.Count > 0)
        {
            output.WriteLine($"{failures.Count} requests answered 5xx or broke; the distinct ones:");
            foreach (var group in failures.GroupBy(f => f.Split(Answered)[0]).Take(60))
            {
                output.WriteLine($"  {group.Count()}× {group.Key}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} requests answered 5xx or broke the connection; the first distinct ones:\n" + string.Join("\n", failures.Select(f => f.Split(Answered)[0]).Distinct().Take(30)));
        Assert.True(problems.Count == 0, $"{problems.Count} log entries at Error/Critical or with an exception; the first:\n" + string.Join("\n\n", problems.Take(5)));
    }

    private async Task RunAsync(FuzzWorker worker, FuzzValues generator, int perField, DateTime deadline)
    {
        var only = Environment.GetEnvironmentVariable(OnlyVariable);
        var forms = new List<FormRun>();
        foreach (var url in worker.Pages.Where(p => string.IsNullOrEmpty(only) || FuzzRequests.PagePattern(p).Contains(only, StringComparison.OrdinalIgnoreCase)))
        {
            var page = await worker.Client.GetAsync(url);
            Assert.True(page.Status == HttpStatusCode.OK, $"{url} answered {(int)page.Status}");
            var shapes = new HashSet<string>(StringComparer.Ordinal);
            // Forms that differ only in the row or link they act on (a Revoke per link, a comment form per step) are one form.
            foreach (var form in FormSpec.AllOn(page).Where(f => shapes.Add(f.Shape) && !Regex.IsMatch(f.Path, @"^/plans/\d+/delete$")))
            {
                var run = new FormRun { Worker = worker, Page = url, Original = form, Baseline = worker.WithBaseline(form) };
                run.AddFields(generator, perField, Seed);
                forms.Add(run);
                _forms.Enqueue(run);
            }
        }

        await ProbeMethodsAsync(worker, forms);
        var fields = forms.SelectMany(f => f.Fields).ToList();
        while (DateTime.UtcNow < deadline)
        {
            // Fair shares: the field that has had the least (for its weight) goes next.
            FieldRun? next = null;
            foreach (var field in fields)
            {
                if (field.Sent < field.Values.Count && (next is null || (long)field.Sent * field.Weight < (long)next.Sent * next.Weight))
                {
                    next = field;
                }
            }

            if (next is null)
            {
                break;
            }

            var form = next.Form;
            if (form.Dirty)
            {
                Interlocked.Increment(ref _requests);
                if (await form.RefetchAsync() is { } failure)
                {
                    _failures.Enqueue(failure);
                }
            }

            var value = next.Values[next.Sent++];
            var watch = Stopwatch.StartNew();
            var (status, location, body) = await FuzzRequests.SendAsync(worker.Client, form.Baseline, next.Name, next.InQuery, value);
            form.Took += watch.Elapsed;
            form.Requests++;
            Interlocked.Increment(ref _requests);
            form.Statuses[status] = form.Statuses.GetValueOrDefault(status) + 1;
            var what = $"{form.Name} field {(next.InQuery ? "?" : "")}{next.Name} = {value.Category} {value.Display}";
            if (status is >= 500 or 0)
            {
                _failures.Enqueue($"{(status == 0 ? "EXCEPTION" : status.ToString(CultureInfo.InvariantCulture))} POST {what}{Answered}{FuzzRequests.Snippet(body)}");
            }

            if (status is >= 300 and < 400 && !FuzzRequests.IsLocal(location))
            {
                _failures.Enqueue($"OPEN REDIRECT {status} to {location} after POST {what}{Answered}");
            }

            if (status is >= 300 and < 400)
            {
                form.Redirects++;
                worker.Accepted++;
                // A save changed the plan's version: forms holding one are taken again before their next use.
                foreach (var other in forms.Where(f => f.Original.HasVersion))
                {
                    other.Dirty = true;
                }

                if (worker.SignOutAfterAccepted)
                {
                    await SignOutAsync(worker, forms);
                }
                else
                {
                    await ReadAfterAsync(worker, form, location, what, full: worker.Accepted % FullReadEvery == 0);
                }
            }
        }

        await ReadsAsync(worker, worker.FullReads, "the end of the run");
    }

    /// <summary>The methods and handler names no form has (<see cref="FuzzMethods"/>), before the values.</summary>
    private async Task ProbeMethodsAsync(FuzzWorker worker, List<FormRun> forms)
    {
        var probes = await FuzzMethods.ProbeAsync(worker.Client, forms.Select(f => f.Page).Distinct(), forms.Select(f => f.Baseline));
        Interlocked.Add(ref _requests, probes.Count);
        foreach (var failure in probes.Select(p => p.Failure).OfType<string>())
        {
            _failures.Enqueue(failure);
        }

        // A page's handler without a name takes any handler name (Razor Pages' default): a visitor it signed in signs out, forms it made stale are taken again.
        if (probes.Any(p => p.Accepted) && worker.SignOutAfterAccepted)
        {
            await SignOutAsync(worker, forms);
        }
        else if (probes.Any(p => p.Accepted))
        {
            forms.ForEach(f => f.Dirty = true);
        }
    }

    private async Task SignOutAsync(FuzzWorker worker, IEnumerable<FormRun> forms)
    {
        var plans = await worker.Client.GetAsync(MyPlansPage.Url);
        Interlocked.Increment(ref _requests);
        if (plans.Status == HttpStatusCode.OK && plans.Document.QuerySelector(MyPlansPage.LogoutForm) is AngleSharp.Html.Dom.IHtmlFormElement logout)
        {
            var signedOut = await worker.Client.SubmitAsync(logout);
            Interlocked.Increment(ref _requests);
            if ((int)signedOut.Status >= 500)
            {
                _failures.Enqueue($"{(int)signedOut.Status} POST /account/logout{Answered}{FuzzRequests.Snippet(signedOut.Text)}");
            }
        }

        // A visitor's antiforgery tokens again, for every form.
        foreach (var form in forms)
        {
            form.Dirty = true;
        }
    }

    /// <summary>After a value was accepted: the page it led to, the plan's pages; a plan it created is read in full, then deleted.</summary>
    private async Task ReadAfterAsync(FuzzWorker worker, FormRun form, string? location, string cause, bool full)
    {
        var path = location is null ? null : new Uri(new Uri("http://localhost"), location).PathAndQuery;
        var reads = new List<(HtmlClient, string)>();
        if (path is not null && !path.StartsWith("/account/login", StringComparison.Ordinal) && !(form.Original.HasVersion && path == form.Page))
        {
            reads.Add((worker.Client, path));
        }

        // New plans come only from "New plan" and the import: read the new plan, then delete it so "My plans" stays small.
        int? created = null;
        if (path is not null && PlanPath.Match(path) is { Success: true } match && form.Original.Path is NewPlanPage.Url or ImportPage.Url)
        {
            created = int.Parse(match.Groups["id"].Value, CultureInfo.InvariantCulture);
        }

        if (created is { } newPlan)
        {
            reads.AddRange(form.Original.Multipart
                ? [(worker.Client, PlanOverviewPage.Url(newPlan)), .. FuzzWorkers.PlanPages.Concat(["calendar", "export/json", "export/markdown"]).Select(page => (worker.Client, StepPage.UrlOf(newPlan, page)))]
                : [(worker.Client, PlanOverviewPage.Url(newPlan)), (worker.Client, ExportPage.Markdown(newPlan))]);
            reads.Add((worker.Client, MyPlansPage.Url));
        }

        reads.AddRange(full ? worker.FullReads : worker.QuickReads);
        await ReadsAsync(worker, reads.Distinct().ToList(), cause);
        if (created is { } plan && await worker.Client.GetAsync(DeletePlanPage.Url(plan)) is { Status: HttpStatusCode.OK } confirm)
        {
            var deleted = await worker.Client.SubmitAsync(confirm.Form());
            Interlocked.Add(ref _requests, 2);
            if ((int)deleted.Status >= 500)
            {
                _failures.Enqueue($"{(int)deleted.Status} POST /plans/{{id}}/delete (the plan made by {cause}){Answered}{FuzzRequests.Snippet(deleted.Text)}");
            }
        }
    }

    private async Task ReadsAsync(FuzzWorker worker, IReadOnlyList<(HtmlClient Client, string Url)> reads, string cause)
    {
        foreach (var (client, url) in reads)
        {
            try
            {
                using var response = await client.Http.GetAsync(url);
                Interlocked.Increment(ref _requests);
                Interlocked.Increment(ref _reads);
                if ((int)response.StatusCode >= 500)
                {
                    _failures.Enqueue($"{(int)response.StatusCode} GET {FuzzRequests.PagePattern(url)} (worker {worker.Name}) after {cause}{Answered}{FuzzRequests.Snippet(await response.Content.ReadAsStringAsync())}");
                }
            }
            catch (Exception e) when (e is HttpRequestException or IOException or InvalidOperationException)
            {
                _failures.Enqueue($"EXCEPTION GET {FuzzRequests.PagePattern(url)} after {cause}{Answered}{e.GetType().Name}: {e.Message}");
            }
        }
    }

    private void PrintReport(int perField, TimeSpan fuzzing, TimeSpan total)
    {
        output.WriteLine(FormRun.Report([.. _forms], perField));
        output.WriteLine("(Σ time adds up each request's time; workers run side by side on the same cores.)");
        output.WriteLine($"Requests: {Interlocked.Read(ref _requests):N0} in {fuzzing.TotalSeconds:0.0} s of fuzzing ({Interlocked.Read(ref _requests) / Math.Max(1, fuzzing.TotalSeconds):0} per second), {Interlocked.Read(ref _reads):N0} of them reading pages after an accepted value; {total.TotalSeconds:0.0} s in all.");
        output.WriteLine($"Server log entries: {_app.Logs.Count:N0}; answers 5xx or broken: {_failures.Count}.");
    }
}
