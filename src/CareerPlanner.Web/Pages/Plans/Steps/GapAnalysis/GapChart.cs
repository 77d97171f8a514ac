using System.Globalization;

namespace CareerPlanner.Web.Pages.Plans.Steps.GapAnalysis;

/// <summary>
/// The geometry of the gap chart (current vs required level per requirement), worked out here so
/// the view only draws: one horizontal bar per requirement on a 0–5 scale.
/// </summary>
public sealed class GapChart
{
    public const int Width = 760;
    public const int LabelWidth = 230;
    public const int RowHeight = 34;
    public const int Top = 34;
    public const int PlotWidth = Width - LabelWidth - 30;
    public const int BarHeight = 14;

    private GapChart(IReadOnlyList<Row> rows, string description)
    {
        Rows = rows;
        Description = description;
        Height = Top + (rows.Count * RowHeight) + 34;
    }

    public IReadOnlyList<Row> Rows { get; }

    public int Height { get; }

    /// <summary>The chart in words, for screen readers.</summary>
    public string Description { get; }

    public static IReadOnlyList<(string X, string Label)> Ticks { get; } =
        [.. Enumerable.Range(0, 6).Select(level => (Format(X(level)), level.ToString(CultureInfo.InvariantCulture)))];

    public static string Format(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static double X(double level) => LabelWidth + (level / 5 * PlotWidth);

    public static GapChart Of(GapReport analysis)
    {
        var rows = analysis.Gaps.Select((g, i) =>
        {
            var y = Top + (i * RowHeight);
            return new Row(
                g.Requirement.Name.Length > 30 ? g.Requirement.Name[..29] + "…" : g.Requirement.Name,
                Format(y + (RowHeight / 2.0) + 4),
                Format(y + ((RowHeight - BarHeight) / 2.0)),
                Format(X(g.Current) - LabelWidth),
                Format(X(g.Current)),
                Format(X(g.Required) - X(g.Current)),
                Format(X(g.Required)),
                Format(y + 4),
                Format(y + RowHeight - 4),
                g.IsMet,
                g.Source == CurrentLevelSource.Unknown);
        }).ToList();

        var description = analysis.Gaps.Count == 0
            ? "No requirements yet."
            : string.Join("; ", analysis.Gaps.Select(g =>
                $"{g.Requirement.Name}: current {(g.Source == CurrentLevelSource.Unknown ? "unknown" : g.Current.ToString(CultureInfo.InvariantCulture))}, required {g.Required}, gap {g.Gap}")) + ".";
        return new GapChart(rows, description);
    }

    /// <summary>One requirement's bar: coordinates already formatted for SVG attributes.</summary>
    public sealed record Row(
        string Label,
        string LabelY,
        string BarY,
        string CurrentWidth,
        string GapX,
        string GapWidth,
        string RequiredX,
        string MarkerTop,
        string MarkerBottom,
        bool IsMet,
        bool CurrentUnknown);
}
