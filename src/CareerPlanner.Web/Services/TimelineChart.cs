using System.Globalization;
using CareerPlanner.Web.Domain;

namespace CareerPlanner.Web.Services;

/// <summary>
/// The geometry of the action timeline: one bar per scheduled action from start to deadline, on a
/// time axis from today to five years on (further if a date lies beyond), with the 1-, 3- and
/// 5-year horizons and the goals' target dates marked.
/// </summary>
public sealed class TimelineChart
{
    public const int Width = 760;
    public const int LabelWidth = 220;
    public const int RowHeight = 26;
    public const int Top = 56;
    public const int PlotWidth = Width - LabelWidth - 20;

    private static readonly int[] HorizonYears = [1, 3, 5];

    private TimelineChart(IReadOnlyList<Marker> horizons, IReadOnlyList<Marker> goals, IReadOnlyList<Bar> bars, IReadOnlyList<string> unscheduled, string todayX, string description)
    {
        Horizons = horizons;
        Goals = goals;
        Bars = bars;
        Unscheduled = unscheduled;
        TodayX = todayX;
        Description = description;
        Height = Top + Math.Max(1, bars.Count) * RowHeight + 16;
    }

    public IReadOnlyList<Marker> Horizons { get; }
    public IReadOnlyList<Marker> Goals { get; }
    public IReadOnlyList<Bar> Bars { get; }

    /// <summary>Titles of actions without a deadline: they cannot be placed in time.</summary>
    public IReadOnlyList<string> Unscheduled { get; }
    public string TodayX { get; }
    public int Height { get; }
    public string Description { get; }

    public static TimelineChart Of(Plan plan, DateOnly today)
    {
        var dates = plan.Actions.SelectMany(a => new[] { a.Start, a.Deadline }).OfType<DateOnly>()
            .Concat(plan.Goals.Select(g => g.TargetDate))
            .Append(today.AddYears(5))
            .ToList();
        var from = dates.Append(today).Min();
        var to = dates.Max();
        var span = Math.Max(1, to.DayNumber - from.DayNumber);
        string X(DateOnly date) => Format(LabelWidth + (double)(date.DayNumber - from.DayNumber) / span * PlotWidth);

        var horizons = HorizonYears.Select(years => new Marker(X(today.AddYears(years)), $"{years} year{(years == 1 ? "" : "s")}", today.AddYears(years))).ToList();
        var goals = plan.Goals.Select(g => new Marker(X(g.TargetDate), g.Title, g.TargetDate)).ToList();
        var scheduled = plan.Actions.Where(a => a.Deadline is not null)
            .OrderBy(a => a.Start ?? a.Deadline).ThenBy(a => a.Deadline)
            .ToList();
        var bars = scheduled.Select((a, i) =>
        {
            var start = a.Start ?? a.Deadline!.Value;
            var y = Top + (i * RowHeight);
            var x = LabelWidth + (double)(start.DayNumber - from.DayNumber) / span * PlotWidth;
            var end = LabelWidth + (double)(a.Deadline!.Value.DayNumber - from.DayNumber) / span * PlotWidth;
            return new Bar(
                a.Title.Length > 32 ? a.Title[..31] + "…" : a.Title,
                Format(y + 17),
                Format(y + 6),
                Format(x),
                Format(Math.Max(4, end - x)),
                a.Status,
                a.IsOpen && a.Deadline < today,
                $"{a.Title}: {Date(start)} to {Date(a.Deadline.Value)}, {a.Status.DisplayName().ToLowerInvariant()}");
        }).ToList();

        var description = bars.Count == 0
            ? "No action has a deadline yet."
            : string.Join("; ", bars.Select(b => b.Summary)) + ".";
        return new TimelineChart(horizons, goals, bars, [.. plan.Actions.Where(a => a.Deadline is null).Select(a => a.Title)], X(today), description);
    }

    private static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static string Format(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public sealed record Marker(string X, string Label, DateOnly Date);

    public sealed record Bar(string Label, string LabelY, string Y, string X, string Width, ActionStatus Status, bool Overdue, string Summary)
    {
        public string CssClass => Overdue ? "bar overdue" : $"bar status-{Status.ToString().ToLowerInvariant()}";
    }
}
