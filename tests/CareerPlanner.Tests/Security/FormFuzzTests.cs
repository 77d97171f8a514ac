using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CareerPlanner.Tests.Infrastructure;
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

    /// <summary>A field repeating an earlier row's field (the same property of the 2nd, 3rd… saved row) gets one value for this many of the first row's.</summary>
    private const int RepeatedRowWeight = 4;

    /// <summary>After this many accepted values, a worker reads every page of its plan, not only the quick ones.</summary>
    private const int FullReadEvery = 25;

    private static readonly string[] PlanPages = ["self-assessment", "goals", "gap-analysis", "action-plan", "progress-review", "share", "rename"];

    /// <summary>Separates what was sent from what came back, in a failure's description.</summary>
    private const string Answered = " ⇒ ";

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
        var workers = await SetUpAsync();
        output.WriteLine($"Set-up: {total.Elapsed.TotalSeconds:0.0} s, {workers.Count} workers. Up to {perField} values per field ({PerFieldVariable}) within {(seconds == 0 ? "no time limit" : $"{seconds} s")} ({SecondsVariable}); seed {Seed}; {FuzzValues.FixedCount} fixed values per field, then seeded random ones.");

        var fuzzing = Stopwatch.StartNew();
        var deadline = seconds == 0 ? DateTime.MaxValue : DateTime.UtcNow.AddSeconds(seconds);
        var generator = new FuzzValues(Seed);
        await Task.WhenAll(workers.Select(worker => Task.Run(() => RunAsync(worker, generator, perField, deadline))));

        // Last of all, the one form that ends everything: delete a plan.
        var owner = workers.Single(w => w.Name == "plan");
        var deleted = await owner.Client.SubmitAsync((await owner.Client.GetAsync($"/plans/{owner.PlanId}/delete")).Form());
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

    /// <summary>One account working through its pages' forms, on its own plan so it never makes another worker's forms stale.</summary>
    private sealed class Worker
    {
        public required string Name { get; init; }

        public required HtmlClient Client { get; init; }

        public int? PlanId { get; init; }

        public required IReadOnlyList<string> Pages { get; init; }

        /// <summary>Values that make a form's baseline valid, so each bad value is the only thing wrong.</summary>
        public IReadOnlyDictionary<string, string> Baseline { get; init; } = new Dictionary<string, string>();

        /// <summary>When several workers share a page, this one takes every <c>Parts</c>-th field from <c>Part</c>.</summary>
        public int Part { get; init; }

        public int Parts { get; init; } = 1;

        /// <summary>Pages read after a value is accepted: (client, url); quick ones after each, all of them now and then.</summary>
        public IReadOnlyList<(HtmlClient Client, string Url)> QuickReads { get; init; } = [];

        public IReadOnlyList<(HtmlClient Client, string Url)> FullReads { get; init; } = [];

        /// <summary>An accepted value signs the worker in (a visitor's sign-in or registration): sign out again, so the next request is a visitor's.</summary>
        public bool SignOutAfterAccepted { get; init; }

        /// <summary>A plan file (JSON export) to build bad plan files from.</summary>
        public string? ExportJson { get; init; }

        public int Accepted { get; set; }
    }

    private sealed class FormRun
    {
        public required Worker Worker { get; init; }

        public required string Page { get; init; }

        public required FormSpec Original { get; init; }

        public required FormSpec Baseline { get; set; }

        public bool Dirty { get; set; }

        public string Name => $"{PagePattern(Page)} {Original.Handler ?? "(default)"}";

        public List<FieldRun> Fields { get; } = [];

        public long Requests { get; set; }

        public int Redirects { get; set; }

        public int Refetches { get; set; }

        public Dictionary<int, int> Statuses { get; } = [];

        public TimeSpan Took { get; set; }
    }

    private sealed class FieldRun
    {
        public required FormRun Form { get; init; }

        public required string Name { get; init; }

        public required bool InQuery { get; init; }

        public required int Weight { get; init; }

        public required IReadOnlyList<FuzzValue> Values { get; init; }

        public int Sent { get; set; }
    }

    private async Task<IReadOnlyList<Worker>> SetUpAsync()
    {
        var address = 0;
        string NextAddress() => $"198.18.0.{Interlocked.Increment(ref address)}";

        async Task<(HtmlClient Client, int PlanId)> OwnerWithExamplePlanAsync()
        {
            var client = await _app.RegisteredClientAsync(NextAddress());
            var created = await client.SubmitAsync((await client.GetAsync("/plans")).Form("form[action*='handler=Demo']"));
            Assert.Equal(HttpStatusCode.Redirect, created.Status);
            var plans = await client.GetAsync("/plans");
            var id = int.Parse(plans.Document.QuerySelector(".plan-card h2 a")!.GetAttribute("href")!.Split('/')[2], CultureInfo.InvariantCulture);
            return (client, id);
        }

        static IReadOnlyList<(HtmlClient, string)> Quick(HtmlClient client, int id) =>
            [(client, "/plans"), (client, $"/plans/{id}"), (client, $"/plans/{id}/calendar"), (client, $"/plans/{id}/export/json"), (client, $"/plans/{id}/export/markdown")];

        static IReadOnlyList<(HtmlClient, string)> Full(HtmlClient client, int id) =>
        [
            .. Quick(client, id),
            .. PlanPages.Select(page => (client, $"/plans/{id}/{page}")),
        ];

        var workers = new List<Worker>();

        // A planner without plans: "My plans" (the example-plan button only), "New plan" and the plan import.
        {
            var client = await _app.RegisteredClientAsync(NextAddress());
            workers.Add(new Worker { Name = "plans", Client = client, Pages = ["/plans", "/plans/new"] });
        }

        {
            var (client, id) = await OwnerWithExamplePlanAsync();
            var export = await client.Http.GetStringAsync($"/plans/{id}/export/json");
            workers.Add(new Worker { Name = "import", Client = client, Pages = ["/plans/import"], ExportJson = export });
        }

        // The wizard's steps, each on the example plan (content in every step); the bigger forms shared by several workers.
        foreach (var (step, parts) in new[] { ("self-assessment", 2), ("goals", 1), ("gap-analysis", 2), ("action-plan", 6), ("progress-review", 1) })
        {
            for (var part = 0; part < parts; part++)
            {
                var (client, id) = await OwnerWithExamplePlanAsync();
                workers.Add(new Worker
                {
                    Name = parts == 1 ? step : $"{step} {part + 1}/{parts}",
                    Client = client,
                    PlanId = id,
                    Pages = [$"/plans/{id}/{step}"],
                    Baseline = new Dictionary<string, string> { ["Milestone.Kind"] = "Other", ["Milestone.Note"] = "Fuzzed milestone" },
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
            var token = await ShareAsync(client, id, "Commenting mentor");
            using var mentor = _app.Client(NextAddress());
            var page = await mentor.GetAsync($"/m/{token}");
            var commented = await mentor.SubmitAsync(page.Form("form[action*='handler=Comment']"), new Dictionary<string, string> { ["Comment.Body"] = "Comment to resolve." });
            Assert.Equal(HttpStatusCode.Redirect, commented.Status);
            workers.Add(new Worker
            {
                Name = "plan",
                Client = client,
                PlanId = id,
                Pages = [$"/plans/{id}", $"/plans/{id}/rename", $"/plans/{id}/share", $"/plans/{id}/calendar", "/account/change-password", "/account/delete"],
                // Changing the password to itself keeps the baseline valid after a value is accepted. The account deletion's password stays unknown.
                Baseline = new Dictionary<string, string>
                {
                    ["Input.Label"] = "Fuzzed link",
                    ["Cadence"] = "Monthly",
                    ["Input.CurrentPassword"] = UserStories.Password,
                    ["Input.NewPassword"] = UserStories.Password,
                    ["Input.ConfirmPassword"] = UserStories.Password,
                },
                QuickReads = Quick(client, id),
                FullReads = Full(client, id),
            });
        }

        // The mentor's page, reached by a share link; the planner reads what the mentor sent.
        {
            var (client, id) = await OwnerWithExamplePlanAsync();
            var token = await ShareAsync(client, id, "Fuzzing mentor");
            var mentor = _app.Client(NextAddress());
            Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync($"/m/{token}")).Status);
            workers.Add(new Worker
            {
                Name = "mentor",
                Client = mentor,
                Pages = [$"/m/{token}"],
                Baseline = new Dictionary<string, string> { ["Comment.Body"] = "Fuzzed comment", ["Ratings[0].Level"] = "3" },
                QuickReads = [(client, $"/plans/{id}"), (client, "/plans")],
                FullReads = [(client, $"/plans/{id}"), (client, "/plans"), (client, $"/plans/{id}/gap-analysis"), (client, $"/plans/{id}/export/markdown"), (client, $"/plans/{id}/export/json")],
            });
        }

        // A visitor: sign in (to a real account, so a value that passes signs in and the return address is followed) and register.
        {
            var email = $"visitor-{Guid.NewGuid():N}@example.com";
            using (var registering = _app.Client(NextAddress()))
            {
                await registering.RegisterAsync(email);
            }

            workers.Add(new Worker
            {
                Name = "visitor",
                Client = _app.Client(NextAddress()),
                Pages = ["/account/login", "/account/register"],
                Baseline = new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = UserStories.Password, ["Input.ConfirmPassword"] = UserStories.Password },
                SignOutAfterAccepted = true,
            });
        }
        return workers;
    }

    private async Task RunAsync(Worker worker, FuzzValues generator, int perField, DateTime deadline)
    {
        var only = Environment.GetEnvironmentVariable(OnlyVariable);
        var forms = new List<FormRun>();
        foreach (var url in worker.Pages.Where(p => string.IsNullOrEmpty(only) || PagePattern(p).Contains(only, StringComparison.OrdinalIgnoreCase)))
        {
            var page = await worker.Client.GetAsync(url);
            Assert.True(page.Status == HttpStatusCode.OK, $"{url} answered {(int)page.Status}");
            var shapes = new HashSet<string>(StringComparer.Ordinal);
            // Forms that differ only in the row or link they act on (a Revoke per link, a comment form per step) are one form.
            foreach (var form in FormSpec.AllOn(page).Where(f => shapes.Add(f.Shape) && !Regex.IsMatch(f.Path, @"^/plans/\d+/delete$")))
            {
                var run = new FormRun { Worker = worker, Page = url, Original = form, Baseline = WithBaseline(form, worker) };
                AddFields(run, generator, perField);
                forms.Add(run);
                _forms.Enqueue(run);
            }
        }

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
                await RefetchAsync(form);
            }

            var value = next.Values[next.Sent++];
            var watch = Stopwatch.StartNew();
            var (status, location, body) = await SendAsync(worker.Client, form.Baseline, next.Name, next.InQuery, value);
            form.Took += watch.Elapsed;
            form.Requests++;
            Interlocked.Increment(ref _requests);
            form.Statuses[status] = form.Statuses.GetValueOrDefault(status) + 1;
            var what = $"{form.Name} field {(next.InQuery ? "?" : "")}{next.Name} = {value.Category} {value.Display}";
            if (status is >= 500 or 0)
            {
                _failures.Enqueue($"{(status == 0 ? "EXCEPTION" : status.ToString(CultureInfo.InvariantCulture))} POST {what}{Answered}{Snippet(body)}");
            }

            if (status is >= 300 and < 400 && !IsLocal(location))
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

    private static void AddFields(FormRun run, FuzzValues generator, int perField)
    {
        var form = run.Original;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var (name, inQuery) in form.FieldNames.Select(n => (n, false)).Concat(form.Query.Select(q => (q.Key, true))).Distinct())
        {
            // Input.Skills[3].Name repeats Input.Skills[0].Name, unless it is the empty row for adding one.
            var row = Regex.Match(name, @"^(?<row>.*\[\d+\])\.");
            var isNewRow = row.Success && form.Value(row.Groups["row"].Value + ".Id") is "";
            var shape = Regex.Replace(name, @"\[\d+\]", "[]") + (isNewRow ? " (new row)" : "");
            var weight = seen.Add(shape) ? 1 : RepeatedRowWeight;
            if (index++ % run.Worker.Parts != run.Worker.Part)
            {
                continue;
            }

            var original = (inQuery ? form.Query.FirstOrDefault(q => q.Key == name).Value : run.Baseline.Value(name)) ?? "";
            var values = form.FileFields.Contains(name) && run.Worker.ExportJson is { } export
                ? JsonFileFuzz.For(export, Seed, perField)
                : generator.For(run.Name, name, original, perField, inQuery ? QueryKind(original) : form.Kinds.GetValueOrDefault(name, "text"));
            run.Fields.Add(new FieldRun { Form = run, Name = name, InQuery = inQuery, Weight = weight, Values = values });
        }
    }

    /// <summary>A redirect stays on this site: a path, or an absolute URL to this host (ASVS 5.1.5).</summary>
    private static bool IsLocal(string? location) =>
        location is null
        || (Uri.TryCreate(location, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" ? absolute.Host == "localhost"
            : location.StartsWith('/') && !location.StartsWith("//", StringComparison.Ordinal) && !location.StartsWith("/\\", StringComparison.Ordinal));

    private async Task SignOutAsync(Worker worker, IEnumerable<FormRun> forms)
    {
        var plans = await worker.Client.GetAsync("/plans");
        Interlocked.Increment(ref _requests);
        if (plans.Status == HttpStatusCode.OK && plans.Document.QuerySelector("form[action='/account/logout']") is AngleSharp.Html.Dom.IHtmlFormElement logout)
        {
            var signedOut = await worker.Client.SubmitAsync(logout);
            Interlocked.Increment(ref _requests);
            if ((int)signedOut.Status >= 500)
            {
                _failures.Enqueue($"{(int)signedOut.Status} POST /account/logout{Answered}{Snippet(signedOut.Text)}");
            }
        }

        // A visitor's antiforgery tokens again, for every form.
        foreach (var form in forms)
        {
            form.Dirty = true;
        }
    }

    private static string QueryKind(string original) => Guid.TryParse(original, out _) ? "hidden" : int.TryParse(original, out _) ? "number" : "text";

    private static FormSpec WithBaseline(FormSpec form, Worker worker) =>
        form.With(worker.Baseline.Where(b => form.FieldNames.Contains(b.Key)).ToDictionary());

    private async Task RefetchAsync(FormRun form)
    {
        form.Dirty = false;
        form.Refetches++;
        Interlocked.Increment(ref _requests);
        var page = await form.Worker.Client.GetAsync(form.Page);
        if (page.Status != HttpStatusCode.OK)
        {
            _failures.Enqueue($"{(int)page.Status} GET {PagePattern(form.Page)} (taking the form again){Answered}{Snippet(page.Text)}");
            return;
        }

        var original = form.Original;
        var candidates = FormSpec.AllOn(page).Where(f => f.Handler == original.Handler && f.Path == original.Path && f.Query.Select(q => q.Key).SequenceEqual(original.Query.Select(q => q.Key))).ToList();
        var again = candidates.FirstOrDefault(f => f.Query.SequenceEqual(form.Baseline.Query)) ?? candidates.FirstOrDefault();
        if (again is not null)
        {
            form.Baseline = WithBaseline(again, form.Worker);
        }
        else if (page.Document.QuerySelector("input[name='Version']")?.GetAttribute("value") is { } version)
        {
            // The form is gone (its row was removed): keep sending it, with the plan's current version.
            form.Baseline = form.Baseline.With(form.Baseline.FieldNames.Where(FormSpec.IsVersion).ToDictionary(n => n, _ => version));
        }
    }

    /// <summary>After a value was accepted: the page it led to, the plan's pages; a plan it created is read in full, then deleted.</summary>
    private async Task ReadAfterAsync(Worker worker, FormRun form, string? location, string cause, bool full)
    {
        var path = location is null ? null : new Uri(new Uri("http://localhost"), location).PathAndQuery;
        var reads = new List<(HtmlClient, string)>();
        if (path is not null && !path.StartsWith("/account/login", StringComparison.Ordinal) && !(form.Original.HasVersion && path == form.Page))
        {
            reads.Add((worker.Client, path));
        }

        // New plans come only from "New plan" and the import: read the new plan, then delete it so "My plans" stays small.
        int? created = null;
        if (path is not null && PlanPath.Match(path) is { Success: true } match && form.Original.Path is "/plans/new" or "/plans/import")
        {
            created = int.Parse(match.Groups["id"].Value, CultureInfo.InvariantCulture);
        }

        if (created is { } newPlan)
        {
            reads.AddRange(form.Original.Multipart
                ? [(worker.Client, $"/plans/{newPlan}"), .. PlanPages.Concat(["calendar", "export/json", "export/markdown"]).Select(page => (worker.Client, $"/plans/{newPlan}/{page}"))]
                : [(worker.Client, $"/plans/{newPlan}"), (worker.Client, $"/plans/{newPlan}/export/markdown")]);
            reads.Add((worker.Client, "/plans"));
        }

        reads.AddRange(full ? worker.FullReads : worker.QuickReads);
        await ReadsAsync(worker, reads.Distinct().ToList(), cause);
        if (created is { } plan && await worker.Client.GetAsync($"/plans/{plan}/delete") is { Status: HttpStatusCode.OK } confirm)
        {
            var deleted = await worker.Client.SubmitAsync(confirm.Form());
            Interlocked.Add(ref _requests, 2);
            if ((int)deleted.Status >= 500)
            {
                _failures.Enqueue($"{(int)deleted.Status} POST /plans/{{id}}/delete (the plan made by {cause}){Answered}{Snippet(deleted.Text)}");
            }
        }
    }

    private async Task ReadsAsync(Worker worker, IReadOnlyList<(HtmlClient Client, string Url)> reads, string cause)
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
                    _failures.Enqueue($"{(int)response.StatusCode} GET {PagePattern(url)} (worker {worker.Name}) after {cause}{Answered}{Snippet(await response.Content.ReadAsStringAsync())}");
                }
            }
            catch (Exception e) when (e is HttpRequestException or IOException or InvalidOperationException)
            {
                _failures.Enqueue($"EXCEPTION GET {PagePattern(url)} after {cause}{Answered}{e.GetType().Name}: {e.Message}");
            }
        }
    }

    private static async Task<(int Status, string? Location, string Body)> SendAsync(HtmlClient client, FormSpec baseline, string field, bool inQuery, FuzzValue value)
    {
        var body = FormEncoding.EncodeAll(baseline.Fields);
        var query = FormEncoding.EncodeAll(baseline.Query);
        var target = inQuery ? query : body;
        var encodedName = FormEncoding.Encode(field);
        var at = target.FindIndex(p => p.Key == encodedName);
        target.RemoveAll(p => p.Key == encodedName);
        target.InsertRange(at < 0 ? target.Count : Math.Min(at, target.Count), value.Encoded.Select(v => new KeyValuePair<string, string>(encodedName, v)));
        try
        {
            using HttpContent content = baseline.Multipart ? FormEncoding.Multipart(body, baseline.FileFields) : FormEncoding.Body(body);
            using var response = await client.Http.PostAsync(baseline.ActionWith(query), content);
            var status = (int)response.StatusCode;
            return (status, response.Headers.Location?.OriginalString, status >= 500 ? await response.Content.ReadAsStringAsync() : "");
        }
        catch (Exception e) when (e is HttpRequestException or IOException or InvalidOperationException)
        {
            return (0, null, e.ToString());
        }
    }

    private static string Snippet(string body)
    {
        if (body.Length == 0)
        {
            return "";
        }

        var text = Regex.Replace(Regex.Replace(body, "<[^>]*>", " "), @"\s+", " ").Trim();
        return text.Length <= 300 ? text : text[..300] + "…";
    }

    private static string PagePattern(string url) =>
        Regex.Replace(Regex.Replace(url, @"/plans/\d+", "/plans/{id}"), "/m/[A-Za-z0-9_-]{43}", "/m/{token}");

    private static async Task<string> ShareAsync(HtmlClient owner, int planId, string label)
    {
        var page = await owner.GetAsync($"/plans/{planId}/share");
        var created = await owner.SubmitAsync(page.Form("main form:not([action*='handler'])"), new Dictionary<string, string> { ["Input.Label"] = label, ["Input.Expiry"] = "Days30" });
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        var shown = await owner.FollowAsync(created);
        return new Uri(((AngleSharp.Html.Dom.IHtmlInputElement)shown.Document.QuerySelector("#new-link-url")!).Value).AbsolutePath["/m/".Length..];
    }

    private void PrintReport(int perField, TimeSpan fuzzing, TimeSpan total)
    {
        var forms = _forms.ToList().GroupBy(f => f.Name).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{"Form",-52} {"Fields",6} {"Values/field",13} {"Requests",9} {"3xx",6} {"Refetch",7} {"Σ time",8}  Statuses");
        foreach (var form in forms)
        {
            var fields = form.SelectMany(f => f.Fields).ToList();
            var sent = fields.Count == 0 ? "–" : $"{fields.Min(f => f.Sent)}–{fields.Max(f => f.Sent)}";
            var statuses = string.Join(" ", form.SelectMany(f => f.Statuses).GroupBy(s => s.Key).OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Sum(x => x.Value)}"));
            table.AppendLine(CultureInfo.InvariantCulture, $"{form.Key,-52} {fields.Count,6} {sent,13} {form.Sum(f => f.Requests),9} {form.Sum(f => f.Redirects),6} {form.Sum(f => f.Refetches),7} {form.Sum(f => f.Took.TotalSeconds),7:0.0}s  {statuses}");
        }

        var all = forms.SelectMany(g => g).SelectMany(f => f.Fields).ToList();
        output.WriteLine(table.ToString());
        output.WriteLine($"Forms fuzzed: {forms.Count}; fields: {all.Count} (each up to {perField} values; sent {all.Sum(f => f.Sent):N0}: fewest {all.Min(f => f.Sent)}, median {all.Select(f => f.Sent).Order().ElementAt(all.Count / 2)}, most {all.Max(f => f.Sent)}).");
        output.WriteLine("(Σ time adds up each request's time; workers run side by side on the same cores.)");
        output.WriteLine($"Requests: {Interlocked.Read(ref _requests):N0} in {fuzzing.TotalSeconds:0.0} s of fuzzing ({Interlocked.Read(ref _requests) / Math.Max(1, fuzzing.TotalSeconds):0} per second), {Interlocked.Read(ref _reads):N0} of them reading pages after an accepted value; {total.TotalSeconds:0.0} s in all.");
        output.WriteLine($"Server log entries: {_app.Logs.Count:N0}; answers 5xx or broken: {_failures.Count}.");
    }
}
