using System.Globalization;
using System.Text;

namespace CareerPlanner.Web.Pages.Plans.Export;

/// <summary>The plan as a readable Markdown document — to paste into a doc or send by mail.</summary>
public static class PlanMarkdown
{
    public static string Build(Plan plan, IReadOnlyList<Review> reviews, IEnumerable<MentorFeedback.Comment> comments, DateOnly today)
    {
        var md = new StringBuilder();
        var byStep = comments.GroupBy(c => c.Step).ToDictionary(g => g.Key, g => g.OrderBy(c => c.CreatedAt).ToList());
        Line(md, $"# {plan.Title}");
        Line(md, $"*Career plan exported from CareerPlanner on {Date(today)}.*");

        Heading(md, "1. Self-assessment");
        Text(md, "Strengths", plan.Strengths);
        Text(md, "What motivates me", plan.Motivators);
        Text(md, "Where I excel", plan.ExcelsAt);
        Text(md, "Where I struggle", plan.StrugglesWith);
        if (plan.Skills.Count > 0)
        {
            Line(md, "### Skills");
            TableHead(md, "Skill", "Level", "Evidence");
            foreach (var skill in plan.Skills)
            {
                md.Append(CultureInfo.InvariantCulture, $"| {Cell(skill.Name)} | {(int)skill.Level} – {skill.Level.DisplayName()} | {Cell(skill.Evidence)} |\n");
            }

            md.Append('\n');
        }

        if (plan.Experiences.Count > 0)
        {
            Line(md, "### Experience");
            foreach (var e in plan.Experiences)
            {
                Line(md, $"- **{e.Role}**{(e.Organisation.Length > 0 ? $", {e.Organisation}" : "")} ({Dates.Month(e.From, CultureInfo.InvariantCulture)} – {Dates.Month(e.To, CultureInfo.InvariantCulture)})"
                    + (e.Highlights.Length > 0 ? $": {Inline(e.Highlights)}" : ""));
            }
        }

        Comments(md, byStep, PlanStep.SelfAssessment);

        Heading(md, "2. Where I want to go");
        if (plan.Intention is { } intention)
        {
            Line(md, $"**Intention:** {intention.DisplayName()}");
        }

        Text(md, "Dream job", plan.DreamJob);
        foreach (var (horizon, goals) in plan.GoalsByHorizon())
        {
            Line(md, $"### {horizon.DisplayName()}");
            foreach (var goal in goals)
            {
                Line(md, $"- **{goal.Title}** — by {Date(goal.TargetDate)}" + (goal.Description.Length > 0 ? $": {Inline(goal.Description)}" : ""));
            }
        }

        Text(md, "Opportunities in the next 5–10 years", plan.Opportunities);
        Comments(md, byStep, PlanStep.Goals);

        Heading(md, "3. Gap analysis");
        var gaps = GapReport.Of(plan);
        if (plan.TargetRoleTitle.Length > 0)
        {
            Line(md, $"**Target role:** {plan.TargetRoleTitle}");
        }

        Text(md, null, plan.TargetRoleDescription);
        if (gaps.ReadinessPercent is { } readiness)
        {
            Line(md, $"**Readiness:** {readiness} % ({gaps.MetCount} of {gaps.Gaps.Count} requirements met)");
            TableHead(md, "Requirement", "Kind", "Current", "Required", "Gap", "Priority", "Closed by");
            foreach (var gap in gaps.ByUrgency)
            {
                var r = gap.Requirement;
                md.Append(CultureInfo.InvariantCulture, $"| {Cell(r.Name)} | {r.Kind.DisplayName()} | {(gap.Source == CurrentLevelSource.Unknown ? "–" : gap.Current)} | {gap.Required} | {gap.Gap} | {r.Priority.DisplayName()} | {r.ClosedBy.DisplayName()} |\n");
            }

            md.Append('\n');
        }

        Comments(md, byStep, PlanStep.GapAnalysis);

        Heading(md, "4. Action plan");
        foreach (var result in SmartCheck.CheckAll(plan, today))
        {
            var a = result.Action;
            Line(md, $"### {a.Title}");
            Line(md, $"- **Kind:** {a.Kind.DisplayName()} · **Status:** {a.Status.DisplayName()}, {a.PercentDone} %");
            Bullet(md, "What exactly", a.Specific);
            Bullet(md, "Measure", a.Measure);
            if (a.EffortHours is { } hours)
            {
                Line(md, $"- **Effort:** {hours.ToString("0.##", CultureInfo.InvariantCulture)} h");
            }

            if (a.BudgetAmount is > 0 && a.BudgetCurrency is { } currency)
            {
                Line(md, $"- **Budget:** {a.BudgetAmount.Value.ToString("0.##", CultureInfo.InvariantCulture)} {currency}");
            }

            Bullet(md, "Resources", a.Resources);
            if (a.Start is not null || a.Deadline is not null)
            {
                Line(md, $"- **When:** {(a.Start is { } start ? Date(start) : "–")} → {(a.Deadline is { } deadline ? Date(deadline) : "no deadline")}");
            }

            Line(md, result.IsSmart ? "- SMART on all five counts." : $"- **To improve:** {string.Join(" ", result.Findings.Select(f => f.Message))}");
        }

        Comments(md, byStep, PlanStep.ActionPlan);

        Heading(md, "5. Progress review");
        foreach (var review in reviews.OrderByDescending(r => r.Date))
        {
            Line(md, $"### Review of {Date(review.Date)}");
            Text(md, null, review.Reflection);
            Bullet(md, "Changing", review.Changes);
        }

        if (plan.Milestones.Count > 0)
        {
            Line(md, "### Milestones");
            foreach (var m in plan.Milestones.OrderByDescending(m => m.Date))
            {
                Line(md, $"- **{m.Kind.DisplayName()}** — {Date(m.Date)}{(m.Note.Length > 0 ? $": {Inline(m.Note)}" : "")}");
            }
        }

        Comments(md, byStep, PlanStep.ProgressReview);
        return md.ToString().TrimEnd() + "\n";
    }

    private static void Comments(StringBuilder md, Dictionary<PlanStep, List<MentorFeedback.Comment>> byStep, PlanStep step)
    {
        if (byStep.TryGetValue(step, out var comments))
        {
            Line(md, "#### Mentor comments");
            foreach (var c in comments)
            {
                Line(md, $"> **{c.AuthorName}** ({Dates.Written(c.CreatedAt, CultureInfo.InvariantCulture)}): {Inline(c.Body)}\n>");
            }
        }
    }

    private static void Heading(StringBuilder md, string text) => Line(md, $"## {text}");

    private static void Text(StringBuilder md, string? title, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (title is not null)
        {
            Line(md, $"### {title}");
        }

        Line(md, text);
    }

    private static void Bullet(StringBuilder md, string label, string text)
    {
        if (text.Length > 0)
        {
            Line(md, $"- **{label}:** {Inline(text)}");
        }
    }

    /// <summary>A table's header and delimiter rows; its rows follow at once (a blank line would end the table).</summary>
    private static void TableHead(StringBuilder md, params string[] columns) =>
        md.Append("| ").AppendJoin(" | ", columns).Append(" |\n|").Append(string.Concat(columns.Select(_ => "---|"))).Append('\n');

    private static void Line(StringBuilder md, string text) => md.Append(text).Append("\n\n");

    private static string Inline(string text) => text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ');

    private static string Cell(string text) => Inline(text).Replace("|", "\\|", StringComparison.Ordinal);

    private static string Date(DateOnly date) => Dates.Written(date, CultureInfo.InvariantCulture);
}
