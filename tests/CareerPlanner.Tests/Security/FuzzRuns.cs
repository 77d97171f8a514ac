using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CareerPlanner.Tests.Infrastructure;

namespace CareerPlanner.Tests.Security;

/// <summary>One account working through its pages' forms, on its own plan so it never makes another worker's forms stale.</summary>
internal sealed class FuzzWorker
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

    /// <summary>The form with this worker's baseline values in the fields it has.</summary>
    public FormSpec WithBaseline(FormSpec form) =>
        form.With(Baseline.Where(b => form.FieldNames.Contains(b.Key)).ToDictionary());
}

internal sealed class FormRun
{
    public required FuzzWorker Worker { get; init; }

    public required string Page { get; init; }

    public required FormSpec Original { get; init; }

    public required FormSpec Baseline { get; set; }

    public bool Dirty { get; set; }

    public string Name => $"{FuzzRequests.PagePattern(Page)} {Original.Handler ?? "(default)"}";

    public List<FieldRun> Fields { get; } = [];

    public long Requests { get; set; }

    public int Redirects { get; set; }

    public int Refetches { get; set; }

    public Dictionary<int, int> Statuses { get; } = [];

    public TimeSpan Took { get; set; }

    /// <summary>A field repeating an earlier row's field (the same property of the 2nd, 3rd… saved row) gets one value for this many of the first row's.</summary>
    private const int RepeatedRowWeight = 4;

    /// <summary>The form's fields this run's worker takes, each with its bad values.</summary>
    public void AddFields(FuzzValues generator, int perField, int seed)
    {
        var form = Original;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var (name, inQuery) in form.FieldNames.Select(n => (n, false)).Concat(form.Query.Select(q => (q.Key, true))).Distinct())
        {
            // Input.Skills[3].Name repeats Input.Skills[0].Name, unless it is the empty row for adding one.
            var row = Regex.Match(name, @"^(?<row>.*\[\d+\])\.");
            var isNewRow = row.Success && form.Value(row.Groups["row"].Value + ".Id") is "";
            var shape = Regex.Replace(name, @"\[\d+\]", "[]") + (isNewRow ? " (new row)" : "");
            var weight = seen.Add(shape) ? 1 : RepeatedRowWeight;
            if (index++ % Worker.Parts != Worker.Part)
            {
                continue;
            }

            var original = (inQuery ? form.Query.FirstOrDefault(q => q.Key == name).Value : Baseline.Value(name)) ?? "";
            var values = form.FileFields.Contains(name) && Worker.ExportJson is { } export
                ? JsonFileFuzz.For(export, seed, perField)
                : generator.For(Name, name, original, perField, inQuery ? FuzzRequests.QueryKind(original) : form.Kinds.GetValueOrDefault(name, "text"));
            Fields.Add(new FieldRun { Form = this, Name = name, InQuery = inQuery, Weight = weight, Values = values });
        }
    }

    /// <summary>Takes the form again from its page (a save moved the plan's version on); the failure to record, if the page did not answer.</summary>
    public async Task<string?> RefetchAsync()
    {
        Dirty = false;
        Refetches++;
        var page = await Worker.Client.GetAsync(Page);
        if (page.Status != HttpStatusCode.OK)
        {
            return $"{(int)page.Status} GET {FuzzRequests.PagePattern(Page)} (taking the form again){FuzzRequests.Answered}{FuzzRequests.Snippet(page.Text)}";
        }

        var original = Original;
        var candidates = FormSpec.AllOn(page).Where(f => f.Handler == original.Handler && f.Path == original.Path && f.Query.Select(q => q.Key).SequenceEqual(original.Query.Select(q => q.Key))).ToList();
        var again = candidates.FirstOrDefault(f => f.Query.SequenceEqual(Baseline.Query)) ?? candidates.FirstOrDefault();
        if (again is not null)
        {
            Baseline = Worker.WithBaseline(again);
        }
        else if (page.Document.QuerySelector("input[name='Version']")?.GetAttribute("value") is { } version)
        {
            // The form is gone (its row was removed): keep sending it, with the plan's current version.
            Baseline = Baseline.With(Baseline.FieldNames.Where(FormSpec.IsVersion).ToDictionary(n => n, _ => version));
        }
    
        return null;
    }

    /// <summary>A table of the runs by form: fields, values per field, requests, redirects, refetches, time and statuses; then the fields' totals.</summary>
    public static string Report(IReadOnlyList<FormRun> runs, int perField)
    {
        var forms = runs.GroupBy(f => f.Name).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
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
        table.AppendLine();
        table.Append(CultureInfo.InvariantCulture, $"Forms fuzzed: {forms.Count}; fields: {all.Count} (each up to {perField} values; sent {all.Sum(f => f.Sent):N0}: fewest {all.Min(f => f.Sent)}, median {all.Select(f => f.Sent).Order().ElementAt(all.Count / 2)}, most {all.Max(f => f.Sent)}).");
        return table.ToString();
    }
}

internal sealed class FieldRun
{
    public required FormRun Form { get; init; }

    public required string Name { get; init; }

    public required bool InQuery { get; init; }

    public required int Weight { get; init; }

    public required IReadOnlyList<FuzzValue> Values { get; init; }

    public int Sent { get; set; }
}
