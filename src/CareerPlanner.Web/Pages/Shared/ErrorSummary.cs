using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CareerPlanner.Web.Pages.Shared;

/// <summary>
/// The errors of a form for its summary: each links to its field, and an error in a list row says
/// which row ("Action 2: …"), since the same message can stand by several fields.
/// </summary>
public static partial class ErrorSummary
{
    private static readonly Dictionary<string, string> RowNames = new(StringComparer.Ordinal)
    {
        ["Skills"] = "Skill",
        ["Experiences"] = "Experience",
        ["Goals"] = "Goal",
        ["Requirements"] = "Requirement",
        ["Actions"] = "Action",
        ["Progress"] = "Action",
    };

    public sealed record Item(string? Href, string? Where, string Message);

    public static IReadOnlyList<Item> Of(ModelStateDictionary modelState) =>
        [.. modelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .SelectMany(entry => entry.Value!.Errors.Select(error => (entry.Key, error.ErrorMessage)))
            .Where(e => e.ErrorMessage.Length > 0)
            .Select(e => new Item(
                e.Key.Length == 0 ? null : "#" + TagBuilder.CreateSanitizedId(e.Key, "_"),
                WhereOf(e.Key),
                e.ErrorMessage))];

    private static string? WhereOf(string key) =>
        RowPattern().Match(key) is { Success: true } match && RowNames.TryGetValue(match.Groups["list"].Value, out var name)
            ? $"{name} {int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1}: "
            : null;

    [GeneratedRegex(@"^\w+\.(?<list>\w+)\[(?<index>\d+)\]\.")]
    private static partial Regex RowPattern();
}
