using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareerPlanner.Web.Pages.Plans.Steps;

/// <summary>What every list of a step's form does with its rows.</summary>
internal static class FormRows
{
    /// <summary>Saves each row: a row with an id updates its item, a new row that is not blank adds one; <paramref name="collect"/> turns a broken rule into the row's error.</summary>
    public static void Apply<TRow, TValue>(IReadOnlyList<TRow> rows, string list, Func<TRow, TValue> toValue, Action<Guid, TValue> update, Func<TValue, Guid> add, Action<string, Action> collect)
        where TRow : IFormRow
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var value = toValue(row);
            if (row.Id is { } id)
            {
                collect($"Input.{list}[{i}]", () => update(id, value));
            }
            else if (!row.IsBlank)
            {
                collect($"Input.{list}[{i}]", () => add(value));
            }
        }
    }

    /// <summary>Asks for a choice the form cannot do without, on every row that is not blank (unless the row already has an error there).</summary>
    public static void Require<TRow, T>(ModelStateDictionary modelState, IReadOnlyList<TRow> rows, string list, string field, Func<TRow, T?> value, string message)
        where TRow : IFormRow
        where T : struct
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var key = $"Input.{list}[{i}].{field}";
            if (!rows[i].IsBlank && value(rows[i]) is null && modelState[key] is not { Errors.Count: > 0 })
            {
                modelState.AddModelError(key, message);
            }
        }
    }
}
