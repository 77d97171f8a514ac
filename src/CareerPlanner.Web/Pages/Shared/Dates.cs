using System.Globalization;

namespace CareerPlanner.Web.Pages.Shared;

/// <summary>One way to write dates everywhere a person reads them (the request's culture, en-GB by default).</summary>
public static class Dates
{
    public const string DateFormat = "d MMM yyyy";

    public const string DateTimeFormat = "d MMM yyyy, HH:mm";

    /// <summary>"3 Dec 2026"; <paramref name="culture"/> for files that must read the same everywhere (exports).</summary>
    public static string Written(DateOnly date, IFormatProvider? culture = null) => date.ToString(DateFormat, culture ?? CultureInfo.CurrentCulture);

    public static string Written(DateTime date, IFormatProvider? culture = null) => date.ToString(DateFormat, culture ?? CultureInfo.CurrentCulture);

    public static string? Written(DateOnly? date) => date is { } d ? Written(d) : null;

    public static string? Written(DateTime? date) => date is { } d ? Written(d) : null;

    /// <summary>"3 Dec 2026, 14:02".</summary>
    public static string WrittenAt(DateTime moment) => moment.ToString(DateTimeFormat, CultureInfo.CurrentCulture);

    public static string? WrittenAt(DateTime? moment) => moment is { } m ? WrittenAt(m) : null;

    /// <summary>"Dec 2026", for spans of work; "now" for one still going on.</summary>
    public static string Month(DateOnly? date, IFormatProvider? culture = null) =>
        date is { } d ? d.ToString("MMM yyyy", culture ?? CultureInfo.CurrentCulture) : "now";

    /// <summary>"3 Dec" for a run of labels whose year is said once, at the first and wherever it changes.</summary>
    public static string DayAndMonth(DateOnly date) => date.ToString("d MMM", CultureInfo.CurrentCulture);
}
