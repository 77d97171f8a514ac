using System.Globalization;

namespace CareerPlanner.Web.Pages.Plans.Steps;

/// <summary>
/// Which button of a step's form was pressed. Every button submits the whole form, so whatever was
/// typed is saved with it: "save", "next", "back", "remove:{list}:{id}", "move:{list}:{id}:{offset}".
/// </summary>
public sealed record StepCommand(StepCommandKind Kind, string List = "", Guid ItemId = default, int Offset = 0)
{
    public static StepCommand Parse(string? value)
    {
        var parts = (value ?? "save").Split(':');
        return parts switch
        {
            ["next"] => new(StepCommandKind.Next),
            ["back"] => new(StepCommandKind.Back),
            ["remove", var list, var id] when Guid.TryParse(id, out var itemId) => new(StepCommandKind.Remove, list, itemId),
            ["move", var list, var id, var offset] when Guid.TryParse(id, out var itemId)
                && int.TryParse(offset, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var by) && by is -1 or 1
                => new(StepCommandKind.Move, list, itemId, by),
            _ => new(StepCommandKind.Save),
        };
    }

    public static string RemoveValue(string list, Guid id) => $"remove:{list}:{id}";

    public static string MoveValue(string list, Guid id, int offset) =>
        string.Create(CultureInfo.InvariantCulture, $"move:{list}:{id}:{offset}");
}
