using System.Globalization;

namespace CareerPlanner.Web.Pages.Plans.Steps.ActionPlan;

/// <summary>
/// The geometry of the action timeline: one bar per scheduled action from start to deadline, with
/// the 1-, 3- and 5-year horizons and the goals' target dates marked. Most actions fall in the
/// first year, so the first year takes <see cref="FirstYearShare"/> of the width and the years
/// after it share the rest.
/// </summary>
public sealed class TimelineChart
{
    public const int Width = 760;
    public const int LabelWidth = 230;
    public const int RowHeight = 26;
    public const int Top = 56;
    public const int RightMargin = 36;
    public const int PlotWidth = Width - LabelWidth - RightMargin;
    public const double FirstYearShare = 0.55;
    public const int MaxLabelLength = 28;

    private static readonly int[] HorizonYears = [1, 3, 5];

    private TimelineChart(IReadOnlyList<Marker> horizons, IReadOnlyList<Marker> goals, IReadOnlyList<Bar> bars, IReadOnlyList<string> unscheduled, string todayX, string description)
    {
        Horizons = horizons;
        Goals = goals;
        Bars = bars;
        Unscheduled = unscheduled;
        TodayX = todayX;
        Description = description;
        Height = Top + (Math.Max(1, bars.Count) * RowHeight) + 16;
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
            .ToList();
        var from = dates.Append(today).Min();
        var oneYear = today.AddYears(1);
        var to = dates.Append(today.AddYears(5)).Max();
        var scale = new Scale(from, oneYear, to);

        var horizons = HorizonYears.Select(years => new Marker(Format(scale.X(today.AddYears(years))), $"{years} year{(years == 1 ? "" : "s")}", today.AddYears(years))).ToList();
        var goals = plan.Goals.Select(g => new Marker(Format(scale.X(g.TargetDate)), g.Title, g.TargetDate)).ToList();
        var scheduled = plan.Actions.Where(a => a.Deadline is not null)
            .OrderBy(a => a.Start ?? a.Deadline).ThenBy(a => a.Deadline)
            .ToList();
        var bars = scheduled.Select((a, i) =>
        {
            var start = a.Start ?? a.Deadline!.Value;
            var y = Top + (i * RowHeight);
            var x = scale.X(start);
            var end = scale.X(a.Deadline!.Value);
            return new Bar(
                a.Title.Length > MaxLabelLength ? a.Title[..(MaxLabelLength - 1)].TrimEnd() + "…" : a.Title,
                Format(y + 17),
                Format(y + 6),
                Format(x),
                Format(Math.Max(4, end - x)),
                a.Status,
                a.IsOpen && a.Deadline < today,
                $"{a.Title}: {Dates.Written(start)} to {Dates.Written(a.Deadline.Value)}, {a.Status.DisplayName().ToLowerInvariant()}");
        }).ToList();

        var description = bars.Count == 0
            ? "No action has a deadline yet."
            : string.Join("; ", bars.Select(b => b.Summary)) + ".";
        return new TimelineChart(horizons, goals, bars, [.. plan.Actions.Where(a => a.Deadline is null).Select(a => a.Title)], Format(scale.X(today)), description);
    }

    private static string Format(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Dates to x: linear up to one year from today, then linear again, more compressed, to the end.</summary>
    private sealed record Scale(DateOnly From, DateOnly OneYear, DateOnly To)
    {
        public double X(DateOnly date)
        {
            var split = Math.Max(From.DayNumber + 1, OneYear.DayNumber);
            var share = date.DayNumber <= split
                ? FirstYearShare * (date.DayNumber - From.DayNumber) / Math.Max(1, split - From.DayNumber)
                : FirstYearShare + ((1 - FirstYearShare) * (date.DayNumber - split) / Math.Max(1, To.DayNumber - split));
            return LabelWidth + (Math.Clamp(share, 0, 1) * PlotWidth);
        }
    }

    public sealed record Marker(string X, string Label, DateOnly Date);

    public sealed record Bar(string Label, string LabelY, string Y, string X, string Width, ActionStatus Status, bool Overdue, string Summary)
    {
        public string CssClass => Overdue ? "bar overdue" : $"bar status-{Status.ToString().ToLowerInvariant()}";
    }
}
