using System.Text.RegularExpressions;

namespace CareerPlanner.Tests.Architecture;

/// <summary>Rules kept in one place, checked in the source: URLs are built by PlanRoutes, dates are written by Dates.</summary>
public sealed partial class SourceRulesTests
{
    private static readonly string Src = Path.Combine(RepositoryRoot(), "src", "CareerPlanner.Web");

    private static IEnumerable<(string File, int Line, string Text)> SourceLines(params string[] exceptFiles) =>
        Directory.EnumerateFiles(Src, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains("Migrations", StringComparison.Ordinal)
                && !exceptFiles.Contains(Path.GetFileName(f)))
            .SelectMany(f => File.ReadLines(f).Select((text, i) => (Path.GetRelativePath(Src, f), i + 1, text)));

    [Fact]
    public void NoPlanOrMentorUrlIsWrittenOutsidePlanRoutes()
    {
        var literal = SourceLines("PlanRoutes.cs")
            .Where(l => !l.Text.TrimStart().StartsWith("@page", StringComparison.Ordinal) && !l.Text.TrimStart().StartsWith("///", StringComparison.Ordinal))
            .Where(l => LiteralUrl().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}")
            .ToList();
        Assert.True(literal.Count == 0, $"URLs written by hand (use PlanRoutes): {string.Join(", ", literal)}");
    }

    [Fact]
    public void NoDateIsFormattedOutsideDates()
    {
        var inline = SourceLines("Dates.cs")
            .Where(l => DateFormat().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}")
            .ToList();
        Assert.True(inline.Count == 0, $"Dates formatted by hand (use Dates): {string.Join(", ", inline)}");
    }

    [Fact]
    public void ThePatternsFindWhatTheyAreFor()
    {
        Assert.Matches(LiteralUrl(), "return Redirect($\"/plans/{id}/share\");");
        Assert.Matches(LiteralUrl(), "<a href=\"/plans/@plan.Id\">");
        Assert.Matches(LiteralUrl(), "action=\"/m/@reader.Token?handler=Comment\"");
        Assert.Matches(DateFormat(), "@goal.TargetDate.ToString(\"d MMM yyyy\")");
        Assert.Matches(DateFormat(), "$\"until {expires:d MMM yyyy}\"");
    }

    /// <summary>A quoted string that starts a plan, mentor or calendar-feed path.</summary>
    [GeneratedRegex("\"(/plans(/|\"|\\?)|/m/|/calendar/)")]
    private static partial Regex LiteralUrl();

    /// <summary>A day-month format written in place.</summary>
    [GeneratedRegex("(\"|:)d MMM")]
    private static partial Regex DateFormat();

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CareerPlanner.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root (with CareerPlanner.sln) was not found.");
    }
}
