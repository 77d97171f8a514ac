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
    /// <summary>Per list: what one row is called, and the field that names it (none for check-in rows).</summary>
    private static readonly Dictionary<string, (string Noun, string? NameField)> Rows = new(StringComparer.Ordinal)
    {
        ["Skills"] = ("Skill", "Name"),
        ["Experiences"] = ("Experience", "Role"),
        ["Goals"] = ("Goal", "Title"),
        ["Requirements"] = ("Requirement", "Name"),
        ["Actions"] = ("Action", "Title"),
        ["Progress"] = ("Action", null),
    };

    public sealed record Item(string? Href, string? Where, string Message);

    public static IReadOnlyList<Item> Of(ModelStateDictionary modelState) =>
        [.. modelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .SelectMany(entry => entry.Value!.Errors.Select(error => (entry.Key, error.ErrorMessage)))
            .Where(e => e.ErrorMessage.Length > 0)
            .Select(e => new Item(
                e.Key.Length == 0 ? null : "#" + TagBuilder.CreateSanitizedId(e.Key, "_"),
                WhereOf(modelState, e.Key),
                e.ErrorMessage))];

    /// <summary>
    /// Which row an error is in, as the page shows it: by the name typed in it ("Skill “SQL”: "), as the
    /// empty row for adding ("New skill: "), else by its place ("Action 2: ").
    /// </summary>
    private static string? WhereOf(ModelStateDictionary modelState, string key)
    {
        if (RowPattern().Match(key) is not { Success: true } match || !Rows.TryGetValue(match.Groups["list"].Value, out var row))
        {
            return null;
        }

        var prefix = match.Groups["row"].Value;
        if (row.NameField is { } field && modelState[$"{prefix}.{field}"]?.AttemptedValue is { Length: > 0 } typed && typed.Trim().Length > 0)
        {
            return $"{row.Noun} “{typed.Trim()}”: ";
        }

        if (row.NameField is not null && modelState[$"{prefix}.Id"] is { AttemptedValue: null or "" })
        {
            return $"New {row.Noun.ToLowerInvariant()}: ";
        }

        return $"{row.Noun} {int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1}: ";
    }

    [GeneratedRegex(@"^(?<row>\w+\.(?<list>\w+)\[(?<index>\d+)\])\.")]
    private static partial Regex RowPattern();
}
