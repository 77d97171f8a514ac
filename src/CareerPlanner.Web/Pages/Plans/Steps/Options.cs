using Microsoft.AspNetCore.Mvc.Rendering;

namespace CareerPlanner.Web.Pages.Plans.Steps;

/// <summary>
/// The choices of the steps' select lists, named as people read them. Built once and shared by every
/// row and request: the select tag helper copies the items when it marks the chosen one, and nothing
/// else may change them.
/// </summary>
public static class Options
{
    public static IReadOnlyList<SelectListItem> Levels { get; } =
        [.. Enum.GetValues<SkillLevel>().Select(l => new SelectListItem($"{(int)l} – {l.DisplayName()}", ((int)l).ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    public static IReadOnlyList<SelectListItem> Of<T>() where T : struct, Enum => Choices<T>.Items;

    private static class Choices<T> where T : struct, Enum
    {
        public static readonly IReadOnlyList<SelectListItem> Items = [.. Enum.GetValues<T>().Select(v => new SelectListItem(v.DisplayName(), v.ToString()))];
    }
}
