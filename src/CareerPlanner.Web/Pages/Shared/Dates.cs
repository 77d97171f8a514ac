using System.Globalization;

namespace CareerPlanner.Web.Pages.Shared;

/// <summary>One way to write dates everywhere a person reads them (the request's culture, en-GB by default).</summary>
public static class Dates
{
    public static string Written(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    public static string Abbreviated(DateOnly date) => date.ToString("d MMM yy", CultureInfo.CurrentCulture);
}
