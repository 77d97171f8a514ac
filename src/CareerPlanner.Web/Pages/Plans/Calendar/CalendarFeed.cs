using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace CareerPlanner.Web.Pages.Plans.Calendar;

using ICalendar = Ical.Net.Calendar;

/// <summary>
/// A plan's dates as an iCalendar feed: action deadlines, goal target dates and the next review.
/// Each event's UID is derived from the plan and what it is about (an imported copy of a plan keeps
/// its parts' ids, so the plan id keeps the two apart), so calendar apps update events instead of
/// adding duplicates when the feed changes.
/// </summary>
public static class CalendarFeed
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Build(Plan plan, DateTimeOffset now)
    {
        var calendar = new ICalendar { ProductId = "-//CareerPlanner//Plan feed//EN" };
        calendar.AddProperty("X-WR-CALNAME", $"CareerPlanner: {plan.Title}");
        var stamp = new CalDateTime(now.UtcDateTime, "UTC");

        foreach (var action in plan.Actions.Where(a => a.Deadline is not null && a.Status != ActionStatus.Dropped))
        {
            calendar.Events.Add(AllDay($"plan-{plan.Id}-action-{action.Id}", $"Deadline: {action.Title}", action.Deadline!.Value, stamp,
                $"{action.Kind.DisplayName()} · {action.Status.DisplayName()}, {action.PercentDone} % done." + (action.Measure.Length > 0 ? $" Measure: {action.Measure}" : "")));
        }

        foreach (var goal in plan.Goals)
        {
            calendar.Events.Add(AllDay($"plan-{plan.Id}-goal-{goal.Id}", $"Goal ({goal.Horizon.DisplayName()}): {goal.Title}", goal.TargetDate, stamp, goal.Description));
        }

        if (plan.NextReviewDate is { } next)
        {
            calendar.Events.Add(AllDay($"plan-{plan.Id}-review", $"Review your career plan: {plan.Title}", next, stamp,
                $"{plan.Cadence.DisplayName()} check-in: how are your actions going, and what will you change?"));
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalendarEvent AllDay(string key, string summary, DateOnly date, CalDateTime stamp, string description) => new()
    {
        Uid = $"{key}@careerplanner",
        Summary = summary,
        Description = description,
        DtStart = new CalDateTime(date),
        DtEnd = new CalDateTime(date.AddDays(1)),
        DtStamp = stamp,
    };
}
