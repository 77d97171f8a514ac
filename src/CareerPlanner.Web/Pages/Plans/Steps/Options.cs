using CareerPlanner.Web.Domain;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CareerPlanner.Web.Pages.Plans.Steps;

/// <summary>The choices of the steps' select lists, named as people read them.</summary>
public static class Options
{
    public static List<SelectListItem> Levels() =>
        [.. Enum.GetValues<SkillLevel>().Select(l => new SelectListItem($"{(int)l} – {l.DisplayName()}", ((int)l).ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    public static List<SelectListItem> Of<T>() where T : struct, Enum =>
        [.. Enum.GetValues<T>().Select(v => new SelectListItem(v.DisplayName(), v.ToString()))];
}
