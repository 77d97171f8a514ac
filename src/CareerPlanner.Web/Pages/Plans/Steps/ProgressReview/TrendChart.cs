using System.Globalization;

namespace CareerPlanner.Web.Pages.Plans.Steps.ProgressReview;

/// <summary>The geometry of the progress trend: % of actions done, their average progress and readiness % at each review, as three lines on a 0–100 scale.</summary>
public sealed class TrendChart
{
    public const int Width = 760;
    public const int Height = 260;
    public const int Left = 48;
    public const int Right = 48;
    public const int Top = 20;
    public const int Bottom = 60;

    private TrendChart(IReadOnlyList<Point> points, string donePath, string progressPath, string readinessPath, string description)
    {
        Points = points;
        DonePath = donePath;
        ProgressPath = progressPath;
        ReadinessPath = readinessPath;
        Description = description;
    }

    public IReadOnlyList<Point> Points { get; }
    public string DonePath { get; }
    public string ProgressPath { get; }
    public string ReadinessPath { get; }
    public string Description { get; }

    public static IReadOnlyList<(string Y, string Label)> Grid { get; } =
        [.. new[] { 0, 25, 50, 75, 100 }.Select(p => (Format(Y(p)), $"{p} %"))];

    public static TrendChart Of(IReadOnlyList<TrendPoint> trend)
    {
        // Spaced by date, so a long gap between check-ins shows as one.
        var first = trend.Count > 0 ? trend[0].Date.DayNumber : 0;
        var span = trend.Count > 1 ? trend[^1].Date.DayNumber - first : 0;
        var points = trend.Select((t, i) => new Point(
            Format(Left + (span > 0 ? (double)(t.Date.DayNumber - first) / span * (Width - Left - Right) : trend.Count > 1 ? i * (double)(Width - Left - Right) / (trend.Count - 1) : (Width - Left - Right) / 2.0)),
            t.PercentActionsDone is { } done ? Format(Y(done)) : null,
            t.ReadinessPercent is { } ready ? Format(Y(ready)) : null,
            t.AveragePercentDone is { } progress ? Format(Y(progress)) : null,
            // Four-digit years, said at the first point and where the year changes; the rest day and month only.
            i == 0 || trend[i - 1].Date.Year != t.Date.Year ? Dates.Written(t.Date) : Dates.DayAndMonth(t.Date),
            t)).ToList();

        var description = trend.Count == 0
            ? "No reviews yet."
            : string.Join("; ", trend.Select(t => $"{Dates.Written(t.Date)}: {Percent(t.PercentActionsDone)} of actions done, average progress {Percent(t.AveragePercentDone)}, readiness {Percent(t.ReadinessPercent)}")) + ".";
        return new TrendChart(
            points,
            Path(points.Where(p => p.DoneY is not null).Select(p => (p.X, p.DoneY!))),
            Path(points.Where(p => p.ProgressY is not null).Select(p => (p.X, p.ProgressY!))),
            Path(points.Where(p => p.ReadinessY is not null).Select(p => (p.X, p.ReadinessY!))),
            description);
    }

    private static string Path(IEnumerable<(string X, string Y)> points) =>
        string.Join(' ', points.Select((p, i) => $"{(i == 0 ? 'M' : 'L')}{p.X},{p.Y}"));

    private static double Y(int percent) => Top + (100 - percent) / 100.0 * (Height - Top - Bottom);

    private static string Percent(int? value) => value is { } v ? $"{v} %" : "–";

    private static string Format(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public sealed record Point(string X, string? DoneY, string? ReadinessY, string? ProgressY, string Label, TrendPoint Values);
}
